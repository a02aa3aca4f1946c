using Netpicking.Core.Analysis;
using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

public sealed class PopulationLoaderTests
{
    private static readonly byte[] Labels = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1];

    /// <summary>
    /// Three networks under t2 (tested at 2, 4, 6, 8). Network 0: epochs 1–4 (1.5, 2, 1, 0.5 s), right on every image.
    /// Network 1: epochs 1–2 only (1 s each), always says 0. Network 2: epochs 1–4 like 0, always says 1.
    /// </summary>
    private static async Task<TempResultsDatabase> FilledAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await TempResultsDatabase.CreateAsync();
        var store = database.Store;
        await StorageTestData.SeedZooAsync(store, networks: 3);
        var launch = await store.Campaigns.CreateCampaignAsync(new CampaignRequest(StorageTestData.ZooName, "t2", "mnist", [0, 1, 2]), ct);
        var ids = launch.TrainingsToRun;

        await SaveAsync(store, ids[0], [(1, 1.5, null), (2, 2.0, 0.8), (3, 1.0, null), (4, 0.5, 0.9)], image => Labels[image]);
        await SaveAsync(store, ids[1], [(1, 1.0, null), (2, 1.0, 0.1)], _ => 0);
        await SaveAsync(store, ids[2], [(1, 1.5, null), (2, 2.0, 0.2), (3, 1.0, null), (4, 0.5, 0.15)], _ => 1);
        return database;
    }

    private static async Task SaveAsync(ResultsStore store, int trainingId, (int Epoch, double Seconds, double? Accuracy)[] epochs, Func<int, int> answer)
    {
        foreach (var (epoch, seconds, accuracy) in epochs)
        {
            if (accuracy is not { } acc)
            {
                await store.Epochs.SaveEpochAsync(new EpochRecord(trainingId, epoch, 0.5, seconds), TestContext.Current.CancellationToken);
                continue;
            }

            var logProbabilities = new float[Labels.Length * 10];
            var confusion = new int[100];
            for (var image = 0; image < Labels.Length; image++)
            {
                for (var c = 0; c < 10; c++)
                {
                    logProbabilities[image * 10 + c] = MathF.Log(c == answer(image) ? 0.9f : 0.1f / 9);
                }

                confusion[Labels[image] * 10 + answer(image)]++;
            }

            var recall = Enumerable.Repeat((float)acc, 10).ToArray();
            var test = new TestScores(0.3, acc, acc, 0.95, recall, recall, confusion);
            await store.Epochs.SaveEpochAsync(
                new EpochRecord(trainingId, epoch, 0.5, seconds, test, PredictionCodec.Encode(logProbabilities)),
                TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task TwoZoosOnTheSameDatasetAndSettingsEachHaveASnapshotOfOnlyTheirOwnNetworks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await FilledAsync();
        var store = database.Store;
        // Ids 0 and 1 again: network ids are unique only within a zoo.
        await store.Catalog.EnsureZooAsync("other-zoo", ZooSource.Imported, [StorageTestData.Network(0, "Other_0"), StorageTestData.Network(1, "Other_1")], ct);
        var other = (await store.Campaigns.CreateCampaignAsync(new CampaignRequest("other-zoo", "t2", "mnist", [0, 1]), ct)).TrainingsToRun;
        await SaveAsync(store, other[0], [(1, 1.0, null), (2, 1.0, 0.3)], _ => 2);
        await SaveAsync(store, other[1], [(1, 1.0, null), (2, 1.0, 0.4)], _ => 3);
        var loader = new PopulationLoader(database.Factory);

        var mine = await loader.LoadAsync(new PopulationRequest("mnist", "t2", Epoch: 2, ZooName: StorageTestData.ZooName), Labels, ct);
        var theirs = await loader.LoadAsync(new PopulationRequest("mnist", "t2", Epoch: 2, ZooName: "other-zoo"), Labels, ct);

        Assert.Equal(["LinearBias_0", "LinearBias_1", "LinearBias_2"], mine.Networks.Select(n => n.Name));
        Assert.Equal(["Other_0", "Other_1"], theirs.Networks.Select(n => n.Name));
        Assert.Equal(Enumerable.Repeat<byte>(2, Labels.Length), theirs.Predictions(0).ToArray());
        Assert.Equal((StorageTestData.ZooName, "other-zoo"), (mine.Scope.Zoo, theirs.Scope.Zoo));
        Assert.NotEqual(mine.Scope.Key, theirs.Scope.Key);
        Assert.Equal([2, 4], (await loader.EpochsAsync(StorageTestData.ZooName, "mnist", "t2", ct)).WithResults);
        Assert.Equal([2], (await loader.EpochsAsync("other-zoo", "mnist", "t2", ct)).WithResults);
        Assert.Equal(
            [new TestedScope(StorageTestData.ZooName, "mnist", "t2", 3), new TestedScope("other-zoo", "mnist", "t2", 2)],
            (await store.Epochs.ListTestedScopesAsync(ct)).OrderByDescending(s => s.Trainings));
    }

    [Fact]
    public async Task LoadsTheLastTestedEpochWithResultsByDefault()
    {
        await using var database = await FilledAsync();
        var loader = new PopulationLoader(database.Factory);

        var snapshot = await loader.LoadAsync(new PopulationRequest("mnist", "t2", ZooName: StorageTestData.ZooName), Labels, TestContext.Current.CancellationToken);

        // Epoch 4: network 1 has not reached it and is left out.
        Assert.Equal(4, snapshot.Scope.Epoch);
        Assert.Equal([2, 4, 6, 8], snapshot.TestedEpochs);
        Assert.Equal([0, 2], snapshot.Networks.Select(n => n.Id));
        Assert.Equal([2, 4], snapshot.Networks[0].Epochs.Select(e => e.Epoch));
        // Cumulative time: 1.5 + 2 = 3.5 s at epoch 2; + 1 + 0.5 = 5 s at epoch 4 (untested epochs count).
        Assert.Equal([3.5, 5.0], snapshot.Networks[0].Epochs.Select(e => e.CumulativeSeconds));
        Assert.Equal(0.9, snapshot.Score(0));
        Assert.Equal(Labels, snapshot.Predictions(0).ToArray());
        Assert.All(snapshot.Predictions(1).ToArray(), a => Assert.Equal(1, a));
        Assert.Equal(7850, snapshot.Networks[0].Params);
        Assert.False(snapshot.HasProbabilities);
    }

    [Fact]
    public async Task LoadsAnEarlierEpochWithEveryNetworkThatHasIt()
    {
        await using var database = await FilledAsync();
        var loader = new PopulationLoader(database.Factory);

        var snapshot = await loader.LoadAsync(
            new PopulationRequest("mnist", "t2", Epoch: 2, Score: ScoreSelector.Recall(3), ZooName: StorageTestData.ZooName), Labels, TestContext.Current.CancellationToken);

        Assert.Equal([0, 1, 2], snapshot.Networks.Select(n => n.Id));
        Assert.Equal(0.1, snapshot.Score(1), 6);
        // Threshold table on the real store: epoch 2 scores 0.8, 0.1, 0.2 → one network at ≥ 80 %.
        var table = ThresholdTable.Compute(snapshot);
        Assert.Equal(1, table.Rows.Single(r => r.Epoch == 2).Counts[0]);
    }

    [Theory]
    [InlineData(ProbabilityLoading.Eager)]
    [InlineData(ProbabilityLoading.OnDemand)]
    public async Task LoadsProbabilitiesWhenAsked(ProbabilityLoading loading)
    {
        await using var database = await FilledAsync();
        var loader = new PopulationLoader(database.Factory);

        var snapshot = await loader.LoadAsync(
            new PopulationRequest("mnist", "t2", Probabilities: loading, ZooName: StorageTestData.ZooName), Labels, TestContext.Current.CancellationToken);

        // exp of float16 log(0.9): within float16 rounding of 0.9.
        var probabilities = snapshot.Probabilities(0);
        Assert.Equal(0.9, probabilities[3 * 10 + 3], 3);
        Assert.Equal(0.1 / 9, probabilities[3 * 10 + 4], 3);
        // Ensemble of network 0 (always right, 0.9) and network 2 (always 1, 0.9): on an image labelled L ≠ 1, classes L
        // and 1 tie and the lower class wins, so it is right only where L is 0 or 1: images 0, 1, 10, 11 → 4 of 12.
        Assert.Equal(4.0 / 12, Ensembles.Score(snapshot, [0, 1]).Accuracy, 12);
    }

    [Fact]
    public void DecodesEveryStoredValueToItsExponential()
    {
        float[] logProbabilities = [0, -0.105f, -2.3f, -10, float.NegativeInfinity, -0.5f, -1, -3, -4, -5];
        var packed = PredictionCodec.PackLogProbabilities(logProbabilities);

        var probabilities = PopulationLoader.ToProbabilities(packed);

        // exp of the float16-rounded value: exp(0) = 1, exp(−∞) = 0, the rest within float16 rounding.
        Assert.Equal(1f, probabilities[0]);
        Assert.Equal(0f, probabilities[4]);
        for (var i = 0; i < logProbabilities.Length; i++)
        {
            Assert.Equal(MathF.Exp((float)(Half)logProbabilities[i]), probabilities[i]);
        }
    }

    [Fact]
    public async Task UnknownScopeSaysWhatIsMissing()
    {
        await using var database = await FilledAsync();
        var loader = new PopulationLoader(database.Factory);
        var ct = TestContext.Current.CancellationToken;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => loader.LoadAsync(new PopulationRequest("mnist", "nope", ZooName: StorageTestData.ZooName), Labels, ct));
        Assert.Contains("nope", error.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => loader.LoadAsync(new PopulationRequest("mnist", "t2", ZooName: "other"), Labels, ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(new PopulationRequest("mnist", "t2", ZooName: StorageTestData.ZooName), [0, 1], ct));
    }

    [Fact]
    public async Task NoResultsGiveAnEmptyPopulation()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        await StorageTestData.SeedZooAsync(database.Store, networks: 3);
        var loader = new PopulationLoader(database.Factory);

        var snapshot = await loader.LoadAsync(new PopulationRequest("mnist", "t1", ZooName: StorageTestData.ZooName), Labels, TestContext.Current.CancellationToken);

        Assert.Equal(0, snapshot.NetworkCount);
        Assert.Equal(4, snapshot.Scope.Epoch);
    }
}
