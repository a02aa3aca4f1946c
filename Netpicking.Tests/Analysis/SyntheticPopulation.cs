using Netpicking.Core.Analysis;
using Netpicking.Core.Common;
using Netpicking.Core.Zoo;

namespace Netpicking.Tests.Analysis;

/// <summary>
/// A seeded, synthetic full-size population (networks × images, every family and activation) for timing the
/// analyses; its numbers mean nothing beyond their size.
/// </summary>
internal static class SyntheticPopulation
{
    public static PopulationSnapshot Create(int networkCount = 1001, int imageCount = 10_000, int[]? testedEpochs = null)
    {
        testedEpochs ??= [1, 2, 3, 4];
        var random = new SplitMix64(7);
        var labels = new byte[imageCount];
        for (var i = 0; i < imageCount; i++)
        {
            labels[i] = (byte)(i % 10);
        }

        var activations = Enum.GetNames<ActivationKind>();
        var networks = new PopulationNetwork[networkCount];
        var answers = new byte[networkCount][];
        var accuracies = new double[networkCount];
        for (var n = 0; n < networkCount; n++)
        {
            var family = Families.All[n % Families.All.Count];
            var activation = activations[n % activations.Length];
            var accuracy = 0.5 + 0.49 * random.NextDouble();
            accuracies[n] = accuracy;
            var epochs = new List<EpochScores>();
            double seconds = 0;
            foreach (var epoch in testedEpochs)
            {
                seconds += 10 + random.NextInt(50);
                var recall = Enumerable.Range(0, 10).Select(_ => (float)Math.Min(1, accuracy + 0.05 * (random.NextDouble() - 0.5))).ToArray();
                var atEpoch = accuracy - 0.02 * (testedEpochs[^1] - epoch) * random.NextDouble();
                epochs.Add(new EpochScores(epoch, atEpoch, atEpoch - 0.005, 0.99, recall, recall, seconds));
            }

            networks[n] = new PopulationNetwork(
                n, $"{family}{activation}_{n}", family, family + activation, activation,
                1000 + random.NextInt(500_000), 1588 + random.NextInt(250_000), 4 + random.NextInt(25), 2 + random.NextInt(18), epochs);
            var row = new byte[imageCount];
            for (var i = 0; i < imageCount; i++)
            {
                row[i] = random.NextDouble() < accuracy ? labels[i] : (byte)((labels[i] + 1 + random.NextInt(9)) % 10);
            }

            answers[n] = row;
        }

        return new PopulationSnapshot(
            new SnapshotScope("mnist", "synthetic", testedEpochs[^1]), testedEpochs, networks, labels, answers, n =>
            {
                // Confidence drawn per image from the network's own stream, so a network's probabilities never depend on load order.
                var local = SplitMix64.Of(11, n);
                var p = new float[imageCount * 10];
                for (var i = 0; i < imageCount; i++)
                {
                    // Roughly calibrated: sure when right, unsure when wrong (uncalibrated networks make RAPS sets large).
                    var confidence = answers[n][i] == labels[i]
                        ? (float)(0.6 + 0.4 * local.NextDouble())
                        : (float)(0.2 + 0.5 * local.NextDouble());
                    for (var c = 0; c < 10; c++)
                    {
                        p[i * 10 + c] = c == answers[n][i] ? confidence : (1 - confidence) / 9;
                    }
                }

                return p;
            });
    }
}
