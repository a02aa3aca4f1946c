using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Tests.Data;
using Netpicking.Tests.Reliability;

namespace Netpicking.Tests.Campaigns;

/// <summary>A training job that takes waiting networks of its campaign along in lockstep, as on a GPU.</summary>
public sealed class LockstepJobTests
{
    private static readonly RunSettings Tiny = new("tiny-lockstep", Epochs: 2, TestEvery: 1, LearningRate: 0.002, TrainSize: 200);
    private static readonly int[] Networks = [0, 751, 276];

    [Fact]
    public async Task OneJobTrainsItsCompanionsAndEachGetsWhatItGetsAlone()
    {
        var ct = TestContext.Current.CancellationToken;
        // Both runs use the convolution methods timed by the first: timed afresh on a busy machine, a shape can choose
        // the other method, whose sums round differently.
        using var compute = new TempFolder();
        var together = await TrainAsync(lockstep: 3, compute.Path, ct);
        var alone = await TrainAsync(lockstep: 1, compute.Path, ct);

        Assert.Equal(alone.Keys.Order(), together.Keys.Order());
        foreach (var (network, epochs) in alone)
        {
            Assert.Equal(epochs.Select(e => (e.Epoch, e.TrainLoss, e.Test!.Accuracy)), together[network].Select(e => (e.Epoch, e.TrainLoss, e.Test!.Accuracy)));
        }
    }

    /// <summary>Runs the first queued job only, then every job (as Hangfire would); returns each network's stored epochs.</summary>
    private static async Task<Dictionary<int, IReadOnlyList<StoredEpoch>>> TrainAsync(int lockstep, string computeCache, CancellationToken ct)
    {
        using var folder = new TempFolder();
        CopyFiles(computeCache, Path.Combine(folder.Path, "compute"));
        await using var harness = await CoreHarness.StartAsync(folder.Path, Path.GetDirectoryName(TestDatasets.Folder("mnist"))!,
            settings: new Dictionary<string, string?> { ["Netpicking:LockstepNetworks"] = lockstep.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var launch = await harness.LaunchAsync(Tiny, Networks);

        await harness.Runner.RunAsync(launch.TrainingsToRun[0], "test-worker", ct);
        var doneAfterOneJob = (await harness.Store.Campaigns.GetCampaignTrainingsAsync(launch.CampaignId, ct)).Count(t => t.Status == TrainingStatus.Done);
        Assert.Equal(lockstep == 1 ? 1 : Networks.Length, doneAfterOneJob);

        foreach (var trainingId in launch.TrainingsToRun)
        {
            await harness.Runner.RunAsync(trainingId, "test-worker", ct);
        }

        var rows = await harness.Store.Campaigns.GetCampaignTrainingsAsync(launch.CampaignId, ct);
        Assert.All(rows, r => Assert.Equal((TrainingStatus.Done, 1), (r.Status, r.Attempts)));
        var result = new Dictionary<int, IReadOnlyList<StoredEpoch>>();
        foreach (var row in rows)
        {
            result[row.NetworkId] = await harness.Store.Epochs.GetStoredEpochsAsync(row.TrainingId, ct);
        }

        CopyFiles(Path.Combine(folder.Path, "compute"), computeCache);
        return result;
    }

    private static void CopyFiles(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}
