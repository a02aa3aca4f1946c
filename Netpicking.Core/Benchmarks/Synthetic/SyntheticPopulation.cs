using Netpicking.Core.Analysis;
using Netpicking.Core.Common;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Benchmarks.Synthetic;

/// <summary>
/// A seeded, synthetic population snapshot held in memory (no store), drawn from <see cref="SyntheticPopulationModel"/>:
/// every family and activation in turn, made-up costs. For timing the analyses and for tests; its numbers mean nothing
/// beyond their size and shape. The store-backed version is <see cref="Benchmark.AnalysisBenchmark"/>.
/// </summary>
public static class SyntheticPopulation
{
    public static PopulationSnapshot Create(int networkCount = 1001, int imageCount = 10_000, int[]? testedEpochs = null, long seed = 7)
    {
        testedEpochs ??= [1, 2, 3, 4];
        var model = new SyntheticPopulationModel(SyntheticPopulationModel.SeededLabels(imageCount, seed), seed);
        var costs = SplitMix64.Of(seed, networkCount);
        var activations = Enum.GetNames<ActivationKind>();
        var networks = new PopulationNetwork[networkCount];
        var answers = new byte[networkCount][];
        for (var n = 0; n < networkCount; n++)
        {
            var family = Families.All[n % Families.All.Count];
            var activation = activations[n % activations.Length];
            var epochs = model.Epochs(n, testedEpochs);
            double seconds = 0;
            var scores = new List<EpochScores>(epochs.Count);
            foreach (var epoch in epochs)
            {
                seconds += epoch.EpochSeconds; // untested epochs are not modelled: cumulative time sums the tested ones
                scores.Add(new EpochScores(
                    epoch.Epoch, epoch.Accuracy, epoch.BalancedAccuracy, epoch.AucMean, epoch.ClassRecall, epoch.ClassAuc, seconds));
            }

            networks[n] = new PopulationNetwork(
                n, $"{family}{activation}_{n}", family, family + activation, activation,
                1000 + costs.NextInt(500_000), 1588 + costs.NextInt(250_000), 4 + costs.NextInt(25), 2 + costs.NextInt(18), scores);
            answers[n] = epochs[^1].Answers;
        }

        return new PopulationSnapshot(
            new SnapshotScope("mnist", "synthetic", testedEpochs[^1]), testedEpochs, networks, model.Labels, answers,
            n => model.Probabilities(n, testedEpochs[^1], answers[n]));
    }
}
