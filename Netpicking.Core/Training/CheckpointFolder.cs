using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// Model and optimiser state after each epoch, so a killed job loses at most the epoch in flight.
/// Each epoch goes to its own folder, marked complete only after both files are written.
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
        foreach (var older in Directory.EnumerateDirectories(root, "epoch-*").Where(d => d != folder))
        {
            Directory.Delete(older, recursive: true);
        }
    }

    public bool TryLoad(int epoch, nn.Module module, OptimizerHelper optimizer)
    {
        var folder = EpochFolder(epoch);
        if (!File.Exists(Path.Combine(folder, CompleteMarker)))
        {
            return false;
        }

        module.load(Path.Combine(folder, "model.pt"));
        optimizer.load_state_dict(Path.Combine(folder, "optimizer.pt"));
        return true;
    }

    public void Delete()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private string EpochFolder(int epoch) => Path.Combine(root, $"epoch-{epoch:D3}");
}
