using Netpicking.Core.Data;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Reliability;

/// <summary>A dataset file damaged between the launch of a campaign and its jobs (file-level checks: Data/IdxReaderTests).</summary>
public sealed class DamagedDatasetTests : IDisposable
{
    private static readonly RunSettings Tiny = new("tiny", Epochs: 1, TestEvery: 1, LearningRate: 0.002, TrainSize: 1_000);
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData("truncated", "is truncated")]
    [InlineData("corrupt", "is corrupt: its gzip data is damaged")]
    public async Task ATrainingOnADamagedFileFailsNamingTheFileAndWhatIsWrongAndRunsOnceItIsRepaired(string damage, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var copy = TestDatasets.CopyOf("mnist", folder);
        await using var harness = await CoreHarness.StartAsync(folder.Sub("data"), folder.Path);
        var launch = await harness.LaunchAsync(Tiny, 0);
        var trainingId = launch.TrainingsToRun[0];

        var path = Path.Combine(copy, DatasetFiles.TrainImagesName);
        var original = await File.ReadAllBytesAsync(path, ct);
        await File.WriteAllBytesAsync(path, Damage(original, damage), ct);
        await Assert.ThrowsAsync<DatasetException>(() => harness.Runner.RunAsync(trainingId, "worker", ct));

        var row = (await harness.Store.Campaigns.GetCampaignTrainingsAsync(launch.CampaignId, ct)).Single();
        Assert.Equal(TrainingStatus.Failed, row.Status);
        Assert.Contains(path, row.ErrorMessage);
        Assert.Contains(expected, row.ErrorMessage);
        Assert.Empty(await harness.Store.Epochs.GetStoredEpochsAsync(trainingId, ct));

        // The failed load is not remembered: with the file repaired, launching again trains the network.
        await File.WriteAllBytesAsync(path, original, ct);
        Assert.Equal([trainingId], (await harness.Campaigns.LaunchAsync(new("mnistk-1001", Tiny.Name, "mnist", [0]), ct)).TrainingsToRun);
        await harness.Runner.RunAsync(trainingId, "worker", ct);
        Assert.Single(await harness.Store.Epochs.GetStoredEpochsAsync(trainingId, ct));
    }

    public void Dispose() => folder.Dispose();

    private static byte[] Damage(byte[] bytes, string damage)
    {
        if (damage == "truncated")
        {
            return bytes[..(bytes.Length / 2)];
        }

        // A burst of flipped bits in the middle of the compressed stream, as a bad sector or a broken copy leaves.
        var damaged = bytes.ToArray();
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 4096; i++)
        {
            damaged[i] ^= 0x5A;
        }

        return damaged;
    }
}
