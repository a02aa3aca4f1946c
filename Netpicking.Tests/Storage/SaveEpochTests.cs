using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

public sealed class SaveEpochTests
{
    private static async Task<int> QueueOneTrainingAsync(ResultsStore store)
    {
        await StorageTestData.SeedZooAsync(store, networks: 1);
        var launch = await store.Campaigns.CreateCampaignAsync(
            new CampaignRequest(StorageTestData.ZooName, "t1", "mnist", [0]), TestContext.Current.CancellationToken);
        return launch.TrainingsToRun[0];
    }

    [Fact]
    public async Task StoresATestedEpochAndReadsItBack()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var trainingId = await QueueOneTrainingAsync(database.Store);
        var record = StorageTestData.TestedEpoch(trainingId, 1);

        Assert.True(await database.Store.Epochs.SaveEpochAsync(record, ct));
        Assert.True(await database.Store.Epochs.SaveEpochAsync(StorageTestData.UntestedEpoch(trainingId, 2), ct));

        var epochs = await database.Store.Epochs.GetStoredEpochsAsync(trainingId, ct);
        Assert.Equal([1, 2], epochs.Select(e => e.Epoch));
        var stored = epochs[0];
        Assert.Equal((record.TrainLoss, record.EpochSeconds), (stored.TrainLoss, stored.EpochSeconds));
        Assert.NotNull(stored.Test);
        var (expected, actual) = (record.Test!, stored.Test);
        Assert.Equal((expected.TestLoss, expected.Accuracy, expected.BalancedAccuracy, expected.AucMean),
            (actual.TestLoss, actual.Accuracy, actual.BalancedAccuracy, actual.AucMean));
        Assert.Equal(expected.ClassRecall, actual.ClassRecall);
        Assert.Equal(expected.ClassAuc, actual.ClassAuc);
        Assert.Equal(expected.ConfusionMatrix, actual.ConfusionMatrix);
        Assert.False(epochs[1].Tested);

        var predictions = await database.Store.Epochs.GetPredictionsAsync(trainingId, 1, ct);
        Assert.NotNull(predictions);
        Assert.Equal(record.Predictions!.LogProbabilities, predictions.LogProbabilities);
        Assert.Equal(record.Predictions.Argmax, predictions.Argmax);
        Assert.Null(await database.Store.Epochs.GetPredictionsAsync(trainingId, 2, ct));
    }

    [Fact]
    public async Task SavingAnEpochTwiceKeepsTheFirstAndDoesNotThrow()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var trainingId = await QueueOneTrainingAsync(database.Store);
        var first = StorageTestData.TestedEpoch(trainingId, 1);

        Assert.True(await database.Store.Epochs.SaveEpochAsync(first, ct));
        Assert.False(await database.Store.Epochs.SaveEpochAsync(first with { TrainLoss = 123 }, ct));

        Assert.Equal(first.TrainLoss, (await database.Store.Epochs.GetStoredEpochsAsync(trainingId, ct)).Single().TrainLoss);
        Assert.Equal(1, await database.CountAsync("EpochPredictions"));
    }

    [Fact]
    public async Task AFailureInsideTheTransactionStoresNothingOfTheEpoch()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var trainingId = await QueueOneTrainingAsync(database.Store);
        // The predictions insert reaches the database, then the save fails before commit.
        var failing = database.StoreWith(new FailingCommandInterceptor("INSERT INTO \"EpochPredictions\""));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => failing.Epochs.SaveEpochAsync(StorageTestData.TestedEpoch(trainingId, 1), ct));
        Assert.IsType<IOException>(error.InnerException);

        Assert.Equal(0, await database.CountAsync("EpochResults"));
        Assert.Equal(0, await database.CountAsync("EpochPredictions"));
        Assert.True(await database.Store.Epochs.SaveEpochAsync(StorageTestData.TestedEpoch(trainingId, 1), ct));
    }

    [Fact]
    public async Task APredictionsBlobOfTheWrongLengthIsRejectedAndNothingIsStored()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var trainingId = await QueueOneTrainingAsync(database.Store);
        var record = StorageTestData.TestedEpoch(trainingId, 1);
        var truncated = record with { Predictions = record.Predictions! with { LogProbabilities = new byte[199_998] } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => database.Store.Epochs.SaveEpochAsync(truncated, ct));

        Assert.Contains("must hold 200000 bytes for 10000 images (got 199998)", error.Message);
        Assert.Empty(await database.Store.Epochs.GetStoredEpochsAsync(trainingId, ct));
        Assert.Equal(0, await database.CountAsync("EpochPredictions"));
    }

    [Fact]
    public async Task RejectsATestedEpochWithoutPredictionsAndAMismatchedConfusionMatrix()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var trainingId = await QueueOneTrainingAsync(database.Store);
        var record = StorageTestData.TestedEpoch(trainingId, 1);

        var missing = await Assert.ThrowsAsync<ArgumentException>(() => database.Store.Epochs.SaveEpochAsync(record with { Predictions = null }, ct));
        var fewer = StorageTestData.TestedEpoch(trainingId, 1, images: 9_999) with { Test = record.Test };
        var mismatch = await Assert.ThrowsAsync<ArgumentException>(() => database.Store.Epochs.SaveEpochAsync(fewer, ct));

        Assert.Contains("needs both its test scores and its predictions", missing.Message);
        Assert.Contains("counts 10000 images but the predictions hold 9999", mismatch.Message);
        Assert.Equal(0, await database.CountAsync("EpochResults"));
    }

    [Fact]
    public async Task RejectsAnUnknownTraining()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => database.Store.Epochs.SaveEpochAsync(StorageTestData.UntestedEpoch(4242, 1), TestContext.Current.CancellationToken));

        Assert.Contains("no training with id 4242", error.Message);
    }

    [Fact]
    public async Task KeepsANaNLossOfADivergedNetwork()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var trainingId = await QueueOneTrainingAsync(database.Store);
        var record = StorageTestData.TestedEpoch(trainingId, 1);

        await database.Store.Epochs.SaveEpochAsync(record with { TrainLoss = double.NaN, Test = record.Test! with { TestLoss = double.NaN } }, ct);

        var stored = (await database.Store.Epochs.GetStoredEpochsAsync(trainingId, ct)).Single();
        Assert.True(double.IsNaN(stored.TrainLoss));
        Assert.True(double.IsNaN(stored.Test!.TestLoss));
    }

    [Fact]
    public async Task LoadingEpochResultsNeverReadsThePredictionsTable()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var trainingId = await QueueOneTrainingAsync(database.Store);
        await database.Store.Epochs.SaveEpochAsync(StorageTestData.TestedEpoch(trainingId, 1), ct);
        var recorder = new RecordingCommandInterceptor();

        await database.StoreWith(recorder).Epochs.GetStoredEpochsAsync(trainingId, ct);

        Assert.Contains(recorder.Commands, sql => sql.Contains("\"EpochResults\"", StringComparison.Ordinal));
        Assert.DoesNotContain(recorder.Commands, sql => sql.Contains("EpochPredictions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeveralWritersSaveEpochsAtOnce()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await StorageTestData.SeedZooAsync(database.Store, networks: 4);
        var launch = await database.Store.Campaigns.CreateCampaignAsync(new CampaignRequest(StorageTestData.ZooName, "t1", "mnist"), ct);

        // One store (and connection pool) per worker, as separate processes would have.
        await Task.WhenAll(launch.TrainingsToRun.Select(id => Task.Run(async () =>
        {
            var store = database.StoreWith();
            for (var epoch = 1; epoch <= 4; epoch++)
            {
                await store.Epochs.SaveEpochAsync(StorageTestData.TestedEpoch(id, epoch), ct);
            }
        }, ct)));

        Assert.Equal(16, await database.CountAsync("EpochResults"));
        Assert.Equal(16, await database.CountAsync("EpochPredictions"));
    }
}
