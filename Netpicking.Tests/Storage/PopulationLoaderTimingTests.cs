using System.Diagnostics;
using Netpicking.Core.Common;
using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

/// <summary>
/// Times loading a full-size scope (1001 networks × 10,000 images, one tested epoch) from a real SQLite store filled
/// through <see cref="ResultsStore"/> with synthetic predictions. Explicit: filling the store takes a minute
/// (<c>dotnet test -c Release --filter PopulationLoaderTimingTests -- xUnit.Explicit=on</c>).
/// </summary>
public sealed class PopulationLoaderTimingTests
{
    [Fact(Explicit = true)]
    public async Task LoadsAFullScopeWithinFiveSeconds()
    {
        const int networks = 1001, images = 10_000;
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TempResultsDatabase.CreateAsync();
        var store = database.Store;
        await StorageTestData.SeedZooAsync(store, networks);
        var launch = await store.Campaigns.CreateCampaignAsync(new CampaignRequest(StorageTestData.ZooName, "quick", "mnist"), ct);
        var labels = Enumerable.Range(0, images).Select(i => (byte)(i % 10)).ToArray();

        var random = new SplitMix64(3);
        var logProbabilities = new float[images * 10];
        foreach (var trainingId in launch.TrainingsToRun)
        {
            var confusion = new int[100];
            for (var i = 0; i < images; i++)
            {
                var answer = random.Chance(0.9) ? labels[i] : random.NextInt(10);
                var confidence = (float)(0.5 + 0.5 * random.NextDouble());
                for (var c = 0; c < 10; c++)
                {
                    logProbabilities[i * 10 + c] = MathF.Log(c == answer ? confidence : (1 - confidence) / 9);
                }

                confusion[labels[i] * 10 + answer]++;
            }

            var recall = Enumerable.Repeat(0.9f, 10).ToArray();
            foreach (var epoch in new[] { 1, 2 })
            {
                await store.Epochs.SaveEpochAsync(
                    new EpochRecord(trainingId, epoch, 0.3, 12, new TestScores(0.3, 0.9, 0.9, 0.99, recall, recall, confusion),
                        PredictionCodec.Encode(logProbabilities)), ct);
            }
        }

        var loader = new PopulationLoader(database.Factory);
        var watch = Stopwatch.StartNew();
        var snapshot = await loader.LoadAsync(new PopulationRequest("mnist", "quick", ZooName: StorageTestData.ZooName), labels, ct);
        var argmaxOnly = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var withProbabilities = await loader.LoadAsync(new PopulationRequest("mnist", "quick", Probabilities: ProbabilityLoading.Eager, ZooName: StorageTestData.ZooName), labels, ct);
        var eager = watch.Elapsed.TotalSeconds;

        TestContext.Current.SendDiagnosticMessage($"load argmax only {argmaxOnly * 1000:F0} ms; with probabilities {eager * 1000:F0} ms");
        Assert.Equal(networks, snapshot.NetworkCount);
        Assert.Equal(networks, withProbabilities.NetworkCount);
        Assert.True(argmaxOnly < 5, $"argmax-only load took {argmaxOnly:F2} s");
        Assert.True(eager < 5, $"load with probabilities took {eager:F2} s");
    }
}
