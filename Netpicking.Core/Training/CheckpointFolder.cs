using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// Model and optimiser state after each epoch, so a killed job loses at most the epoch in flight.
/// Each epoch goes to its own folder, marked complete only after both files are written; older ones are removed once
/// the store holds a newer epoch (<see cref="RemoveBefore"/>), never before.
/// </summary>
public sealed class CheckpointFolder(string root)
{
    private const string CompleteMarker = "complete";

    public void Save(int epoch, nn.Module module, OptimizerHelper optimizer)
    {
        var folder = EpochFolder(epoch);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        module.save(Path.Combine(folder, "model.pt"));
        optimizer.save_state_dict(Path.Combine(folder, "optimizer.pt"));
        File.WriteAllText(Path.Combine(folder, CompleteMarker), epoch.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Removes the checkpoints of epochs before <paramref name="storedEpoch"/>, which the store now holds.</summary>
    public void RemoveBefore(int storedEpoch)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var older in Directory.EnumerateDirectories(root, "epoch-*").Where(d => EpochOf(d) < storedEpoch))
        {
            Directory.Delete(older, recursive: true);
        }
    }

    /// <summary>Loads the newest complete checkpoint not after <paramref name="maxEpoch"/>; returns its epoch, or 0.</summary>
    public int LoadLatest(int maxEpoch, nn.Module module, OptimizerHelper optimizer)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var latest = Directory.EnumerateDirectories(root, "epoch-*")
            .Where(d => File.Exists(Path.Combine(d, CompleteMarker)))
            .Select(EpochOf)
            .Where(e => e >= 1 && e <= maxEpoch)
            .DefaultIfEmpty(0)
            .Max();
        if (latest > 0)
        {
            module.load(Path.Combine(EpochFolder(latest), "model.pt"));
            optimizer.load_state_dict(Path.Combine(EpochFolder(latest), "optimizer.pt"));
        }

        return latest;
    }

    public void Delete()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int EpochOf(string folder) => int.TryParse(Path.GetFileName(folder)["epoch-".Length..], out var e) ? e : 0;

    private string EpochFolder(int epoch) => Path.Combine(root, $"epoch-{epoch:D3}");
}
