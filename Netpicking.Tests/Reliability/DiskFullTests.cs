using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Reliability;

/// <summary>The disk fills up while a training writes its predictions.</summary>
public sealed class DiskFullTests : IDisposable
{
    private static readonly RunSettings Tiny = new("tiny", Epochs: 3, TestEvery: 1, LearningRate: 0.002, TrainSize: 1_000);
    private readonly TempFolder folder = new();

    [Fact]
    public async Task AFullDiskOnThePredictionsWriteFailsTheTrainingWithTheReasonAndLosesNothingEarlier()
    {
        var ct = TestContext.Current.CancellationToken;
        var datasets = Path.GetDirectoryName(TestDatasets.Folder("mnist"))!;
        var full = new PageLimitInterceptor();
        var path = folder.Sub("netpicking.db");
        await using var harness = await CoreHarness.StartAsync(folder.Path, datasets, new SqliteResultsDbContextFactory(path, full));
        var launch = await harness.LaunchAsync(Tiny, 0, 751);
        var (first, second) = (launch.TrainingsToRun[0], launch.TrainingsToRun[1]);
        await harness.Runner.RunAsync(first, "worker", ct);
        var firstBefore = await ContentAsync(harness.Store, first, ct);

        // Room for one more tested epoch (its predictions take about 52 pages of 4 KiB), not for two.
        full.MaxPages = await PageCountAsync(path) + 80;
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => harness.Runner.RunAsync(second, "worker", ct));

        Assert.Equal(13, Assert.IsType<SqliteException>(error.InnerException).SqliteErrorCode); // SQLITE_FULL, from SQLite itself
        var row = (await harness.Store.Campaigns.GetCampaignTrainingsAsync(launch.CampaignId, ct)).Single(r => r.TrainingId == second);
        Assert.Equal(TrainingStatus.Failed, row.Status);
        Assert.StartsWith("Could not store the results: the disk holding the results database is full", row.ErrorMessage);
        Assert.Contains("database or disk is full", row.ErrorMessage);

        // Nothing earlier is lost: the first network as it was, the failed one's first epoch with its predictions, and no
        // half-written second epoch (its results and predictions share one transaction).
        Assert.Equal(firstBefore, await ContentAsync(harness.Store, first, ct));
        var stored = await harness.Store.Epochs.GetStoredEpochsAsync(second, ct);
        Assert.Equal([1], stored.Select(e => e.Epoch));
        Assert.NotNull(await harness.Store.Epochs.GetPredictionsAsync(second, 1, ct));
        Assert.Null(await harness.Store.Epochs.GetPredictionsAsync(second, 2, ct));
        Assert.Equal(new CampaignProgress(0, 0, 1, 1, 0), await harness.Store.Campaigns.GetCampaignProgressAsync(launch.CampaignId, ct));
        var secondBefore = await ContentAsync(harness.Store, second, ct);

        // With room again, launching the campaign again finishes the failed network and keeps its first epoch.
        full.MaxPages = 0;
        var again = await harness.Campaigns.LaunchAsync(new LaunchRequest("mnistk-1001", Tiny.Name, "mnist", [0, 751]), ct);
        Assert.Equal([second], again.TrainingsToRun);
        await harness.Runner.RunAsync(second, "worker", ct);
        var after = await ContentAsync(harness.Store, second, ct);
        Assert.Equal(3, after.Count);
        Assert.Equal(secondBefore[0], after[0]);
    }

    public void Dispose() => folder.Dispose();

    private static async Task<long> PageCountAsync(string path)
    {
        await using var connection = new SqliteConnection(SqliteResultsDbContextFactory.BuildConnectionString(path));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_count;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ContentAsync(ResultsStore store, int trainingId, CancellationToken ct)
    {
        var content = new List<string>();
        foreach (var epoch in await store.Epochs.GetStoredEpochsAsync(trainingId, ct))
        {
            var predictions = await store.Epochs.GetPredictionsAsync(trainingId, epoch.Epoch, ct);
            content.Add($"{epoch.Epoch} {epoch.TrainLoss:R} {epoch.Test?.Accuracy:R} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(predictions!.LogProbabilities))}");
        }

        return content;
    }
}
