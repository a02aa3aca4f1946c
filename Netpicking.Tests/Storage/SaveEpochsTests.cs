using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

/// <summary><see cref="EpochStore.SaveEpochsAsync"/>: many epochs in one transaction (bulk imports, the analysis benchmark).</summary>
public sealed class SaveEpochsTests
{
    private const int Images = 50;

    private static async Task<IReadOnlyList<int>> QueueTrainingsAsync(ResultsStore store, int count)
    {
        await StorageTestData.SeedZooAsync(store, networks: count);
        var launch = await store.Campaigns.CreateCampaignAsync(
            new CampaignRequest(StorageTestData.ZooName, "t1", "mnist", Enumerable.Range(0, count).ToList()), TestContext.Current.CancellationToken);
        return launch.TrainingsToRun;
    }

    [Fact]
    public async Task SavesEpochsOfSeveralTrainingsAndSkipsStoredOnes()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var ids = await QueueTrainingsAsync(database.Store, 2);
        Assert.True(await database.Store.Epochs.SaveEpochAsync(StorageTestData.TestedEpoch(ids[0], 1, Images), ct));

        var saved = await database.Store.Epochs.SaveEpochsAsync(
            [
                StorageTestData.TestedEpoch(ids[0], 1, Images) with { TrainLoss = 123 },
                StorageTestData.TestedEpoch(ids[0], 2, Images),
                StorageTestData.UntestedEpoch(ids[1], 1),
                StorageTestData.TestedEpoch(ids[1], 2, Images),
            ],
            ct);

        Assert.Equal(3, saved);
        Assert.NotEqual(123, (await database.Store.Epochs.GetStoredEpochsAsync(ids[0], ct))[0].TrainLoss);
        Assert.Equal([1, 2], (await database.Store.Epochs.GetStoredEpochsAsync(ids[1], ct)).Select(e => e.Epoch));
        Assert.Equal(3, await database.CountAsync("EpochPredictions"));
        var predictions = await database.Store.Epochs.GetPredictionsAsync(ids[1], 2, ct);
        Assert.Equal(StorageTestData.TestedEpoch(ids[1], 2, Images).Predictions!.Argmax, predictions!.Argmax);
    }

    [Fact]
    public async Task AnUnknownTrainingOrAnInvalidRecordStoresNothing()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var ids = await QueueTrainingsAsync(database.Store, 1);
        var good = StorageTestData.TestedEpoch(ids[0], 1, Images);

        await Assert.ThrowsAsync<ArgumentException>(
            () => database.Store.Epochs.SaveEpochsAsync([good, StorageTestData.TestedEpoch(ids[0] + 99, 1, Images)], ct));
        await Assert.ThrowsAsync<ArgumentException>(
            () => database.Store.Epochs.SaveEpochsAsync([good, StorageTestData.TestedEpoch(ids[0], 2, Images) with { Predictions = null }], ct));
        await Assert.ThrowsAsync<ArgumentException>(() => database.Store.Epochs.SaveEpochsAsync([good, good], ct));

        Assert.Equal(0, await database.CountAsync("EpochResults"));
        Assert.Equal(0, await database.Store.Epochs.SaveEpochsAsync([], ct));
    }
}
