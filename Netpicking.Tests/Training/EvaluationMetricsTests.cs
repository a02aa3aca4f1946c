using Netpicking.Core.Training;

namespace Netpicking.Tests.Training;

public class EvaluationMetricsTests
{
    [Fact]
    public void RocAucOfTheTextbookExampleIsThreeQuarters()
    {
        // Pairs (positive, negative): (0.35, 0.1) ✓, (0.35, 0.4) ✗, (0.8, 0.1) ✓, (0.8, 0.4) ✓ → 3 / 4.
        Assert.Equal(0.75, RocAuc.OneVsRest([0.1f, 0.4f, 0.35f, 0.8f], [false, false, true, true]), 12);
    }

    [Fact]
    public void TiedScoresCountHalf()
    {
        // One positive and two negatives, all tied at 0.5 except a lower negative: (0.5 vs 0.5) ½ + (0.5 vs 0.2) 1 → 1.5 / 2.
        Assert.Equal(0.75, RocAuc.OneVsRest([0.5f, 0.5f, 0.2f], [true, false, false]), 12);
    }

    [Fact]
    public void ScoresFourImagesByHand()
    {
        // Labels 0, 0, 1, 2; predictions 0, 1, 1, 2 → accuracy 3/4; recalls: class 0 1/2, class 1 1, class 2 1, others 0 (no images).
        byte[] labels = [0, 0, 1, 2];
        byte[] argmax = [0, 1, 1, 2];
        var logProbs = new float[4 * 10];
        Array.Fill(logProbs, -10f);
        for (var i = 0; i < 4; i++)
        {
            logProbs[(i * 10) + argmax[i]] = -0.1f;
        }

        var metrics = EvaluationMetrics.Compute(logProbs, labels, argmax);

        Assert.Equal(0.75, metrics.Accuracy, 12);
        Assert.Equal([0.5, 1, 1, 0, 0, 0, 0, 0, 0, 0], metrics.Recall);
        Assert.Equal(2.5 / 10, metrics.BalancedAccuracy, 12);
        // Test loss: mean of −log p(truth) = (0.1 + 10 + 0.1 + 0.1) / 4.
        Assert.Equal(10.3 / 4, metrics.TestLoss, 5);
        Assert.Equal(1, metrics.Confusion[(0 * 10) + 1]);
        Assert.Equal(4, metrics.Confusion.Sum());
    }
}
