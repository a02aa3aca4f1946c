using Netpicking.Core.Analysis;
using Netpicking.Core.Zoo;

namespace Netpicking.Tests.Analysis;

/// <summary>
/// Six networks × twelve images, tested at epochs 1 and 2, scope epoch 2, written out by hand so every expected
/// number in the tests can be worked out on paper.
///
/// | i | name         | group  | act  | params | memory | ops | acc e1 | acc e2 |
/// | 0 | Basic_0      | Basic  | None | 7850   | 1588   | 4   | 0.85   | 0.90   | good
/// | 1 | LinearReLU_1 | Linear | ReLU | 20000  | 2000   | 8   | 0.70   | 0.99   | not good (e1)
/// | 2 | LinearSELU_2 | Linear | SELU | 30000  | 2500   | 8   | 0.95   | 0.99   | good, gold
/// | 3 | Conv2dReLU_3 | Conv2d | ReLU | 5000   | 10000  | 6   | 0.90   | 0.80   | good (0.80 ≥ 0.80)
/// | 4 | Conv2dReLU_4 | Conv2d | ReLU | 9000   | 12000  | 6   | 0.96   | 0.985  | good, gold
/// | 5 | Conv2dTanh_5 | Conv2d | Tanh | 9000   | 15000  | 6   | —      | 0.995  | misses epoch 1: not good
/// Cumulative time: 10·(i+1) s at epoch 1, 20·(i+1) s at epoch 2.
/// Answers at epoch 2 (labels 0 1 2 3 4 5 6 7 8 9 0 1) are in <see cref="Answers"/>; a network's probability of its
/// answer is its confidence (0.9; network 0 has 0.55 on image 7, network 1 has 0.6 everywhere), the rest shared
/// equally by the other nine classes.
/// </summary>
internal static class AnalysisFixture
{
    public static readonly byte[] Labels = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1];

    public static readonly byte[][] Answers =
    [
        [0, 1, 2, 3, 9, 5, 6, 1, 8, 4, 0, 7],
        [0, 7, 2, 3, 9, 5, 6, 7, 8, 9, 0, 1],
        [0, 1, 2, 3, 9, 5, 6, 2, 8, 4, 0, 7],
        [0, 1, 2, 3, 9, 3, 6, 3, 8, 4, 0, 7],
        [0, 1, 2, 3, 9, 3, 0, 7, 8, 9, 0, 7],
        [0, 1, 2, 3, 9, 5, 6, 7, 8, 9, 0, 1],
    ];

    public static PopulationSnapshot Snapshot(ScoreSelector? score = null) =>
        new(Scope(2, score), [1, 2], Networks(), Labels, Answers, Probabilities);

    public static SnapshotScope Scope(int epoch, ScoreSelector? score = null) =>
        new(ZooCatalog.DefaultZooName, "mnist", "t1", epoch, score ?? ScoreSelector.Accuracy);

    public static IReadOnlyList<PopulationNetwork> Networks() =>
    [
        Network(0, "Basic_0", "Basic", "Basic", "None", 7850, 1588, 4, 0.85, 0.90),
        Network(1, "LinearReLU_1", "Linear", "LinearReLU", "ReLU", 20000, 2000, 8, 0.70, 0.99),
        Network(2, "LinearSELU_2", "Linear", "LinearSELU", "SELU", 30000, 2500, 8, 0.95, 0.99, recall0: 0.99f),
        Network(3, "Conv2dReLU_3", "Conv2d", "Conv2dReLU", "ReLU", 5000, 10000, 6, 0.90, 0.80),
        Network(4, "Conv2dReLU_4", "Conv2d", "Conv2dReLU", "ReLU", 9000, 12000, 6, 0.96, 0.985, recall1: 1.0f),
        Network(5, "Conv2dTanh_5", "Conv2d", "Conv2dTanh", "Tanh", 9000, 15000, 6, null, 0.995, best: true),
    ];

    /// <summary>p(answer) = confidence, every other class (1 − confidence) / 9.</summary>
    public static float[] Probabilities(int network)
    {
        var values = new float[Labels.Length * 10];
        for (var image = 0; image < Labels.Length; image++)
        {
            var confidence = Confidence(network, image);
            for (var c = 0; c < 10; c++)
            {
                values[image * 10 + c] = c == Answers[network][image] ? confidence : (1 - confidence) / 9;
            }
        }

        return values;
    }

    public static float Confidence(int network, int image) => (network, image) switch
    {
        (0, 7) => 0.55f,
        (1, _) => 0.6f,
        _ => 0.9f,
    };

    /// <summary>Recall 0.95 on every class, except: network 2 has 0.99 on class 0, network 4 has 1.0 on class 1, and the
    /// best (network 5) has 0.99 everywhere but 0.90 on class 3.</summary>
    private static PopulationNetwork Network(
        int id, string name, string group, string form, string activation, long parameters, long memory, long ops,
        double? epoch1, double epoch2, float? recall0 = null, float? recall1 = null, bool best = false)
    {
        var recall = Enumerable.Repeat(best ? 0.99f : 0.95f, 10).ToArray();
        if (best)
        {
            recall[3] = 0.90f;
        }

        if (recall0 is { } r0)
        {
            recall[0] = r0;
        }

        if (recall1 is { } r1)
        {
            recall[1] = r1;
        }

        var auc = Enumerable.Repeat(0.99f, 10).ToArray();
        var epochs = new List<EpochScores>();
        if (epoch1 is { } e1)
        {
            epochs.Add(new EpochScores(1, e1, e1 - 0.01, 0.99, recall, auc, 10 * (id + 1)));
        }

        epochs.Add(new EpochScores(2, epoch2, epoch2 - 0.01, 0.99, recall, auc, 20 * (id + 1)));
        return new PopulationNetwork(id, name, group, form, activation, parameters, memory, ops, 2, epochs);
    }
}
