using Netpicking.Core.Benchmarks;
using Netpicking.Core.Benchmarks.Synthetic;
using Netpicking.Core.Storage;
using Netpicking.Tests.Storage;
using Netpicking.Web.Analyses;

namespace Netpicking.Tests.Analysis;

/// <summary>
/// The measuring code of <c>bench analyze</c> at a tiny scale (5 networks × 2 epochs × 100 images): that it writes the
/// population through the store, loads it back as drawn, and runs every analysis. Timings are not asserted.
/// </summary>
public sealed class AnalysisBenchmarkTests
{
    private static readonly AnalysisBenchmarkOptions Tiny = new(Networks: 5, Snapshots: 2, Seed: 3);

    [Fact]
    public async Task WritesLoadsAndTimesEveryAnalysisOnATinyPopulation()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = TempResultsDatabase.NewFolder();
        try
        {
            var labels = SyntheticPopulationModel.SeededLabels(100, Tiny.Seed);
            var benchmark = new AnalysisBenchmark(Tiny, AnalysisRegistry.Definitions);

            var result = await benchmark.RunAsync(folder, labels, realLabels: false, cancellationToken: ct);

            Assert.True(result.Synthetic);
            Assert.False(result.Store.Reused);
            Assert.Equal(5, result.Store.Trainings);
            Assert.Equal(10, result.Store.EpochsWritten);
            Assert.Equal("bench-5x2-s3-seeded-labels", result.Store.RunSettingsName);
            Assert.Equal(2, result.Epoch);
            Assert.Equal(5, result.NetworksLoaded);
            Assert.Equal(100, result.Images);
            Assert.Equal(["load scope, argmax only", "load scope, with probabilities"], result.Loading.Select(t => t.Name));
            // Every analysis of docs/analyses.md, numbered 1 to 14, is timed.
            Assert.Equal(
                Enumerable.Range(1, 14),
                result.Analyses.Select(t => int.Parse(t.Name.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).Distinct());
            Assert.All(result.Loading.Concat(result.Analyses), t => Assert.True(t.Milliseconds >= 0 && t.RepeatMilliseconds >= 0));
            Assert.True(result.PeakBytesProcess > 0);

            // A second run on the kept folder finds the population complete and writes nothing.
            var again = await benchmark.RunAsync(folder, labels, realLabels: false, cancellationToken: ct);
            Assert.True(again.Store.Reused);
            Assert.Equal(0, again.Store.EpochsWritten);
            Assert.Equal(5, again.NetworksLoaded);
        }
        finally
        {
            AnalysisBenchmark.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task TheStoreHoldsWhatTheModelDrew()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = TempResultsDatabase.NewFolder();
        try
        {
            var labels = SyntheticPopulationModel.SeededLabels(100, Tiny.Seed);
            var factory = new SqliteResultsDbContextFactory(Path.Combine(folder, AnalysisBenchmark.DatabaseFileName));
            var store = await new AnalysisBenchmark(Tiny, AnalysisRegistry.Definitions).BuildStoreAsync(factory, labels, realLabels: false, cancellationToken: ct);

            var snapshot = await new PopulationLoader(factory).LoadAsync(
                new PopulationRequest(AnalysisBenchmark.DatasetKey, store.RunSettingsName, Epoch: 1, Probabilities: ProbabilityLoading.Eager),
                labels, ct);

            var model = new SyntheticPopulationModel(labels, Tiny.Seed);
            Assert.Equal([0, 1, 2, 3, 4], snapshot.Networks.Select(n => n.Id));
            Assert.Equal([1, 2], snapshot.TestedEpochs);
            for (var i = 0; i < snapshot.NetworkCount; i++)
            {
                var network = snapshot.Networks[i];
                var drawn = model.Epochs(network.Id, [1, 2]);
                Assert.Equal(drawn[0].Answers, snapshot.Predictions(i).ToArray());
                Assert.Equal(drawn.Select(e => e.Accuracy), network.Epochs.Select(e => e.Accuracy));
                Assert.Equal(drawn[0].EpochSeconds + drawn[1].EpochSeconds, network.Epochs[1].CumulativeSeconds, 9);
                // Probabilities come back through float16 log-probabilities: equal to about three digits.
                var expected = model.Probabilities(network.Id, 1, drawn[0].Answers);
                var loaded = snapshot.Probabilities(i);
                for (var v = 0; v < expected.Length; v++)
                {
                    Assert.Equal(expected[v], loaded[v], 0.002f);
                }
            }
        }
        finally
        {
            AnalysisBenchmark.DeleteFolder(folder);
        }
    }
}
