namespace Netpicking.Core.Training;

/// <summary>
/// The scores of one tested epoch on the test set (docs/metrics.md#test-scores). <see cref="Confusion"/> is row-major:
/// index truth × 10 + predicted. Balanced accuracy is the mean of the per-class recalls.
/// </summary>
public sealed record EvaluationMetrics(
    double TestLoss,
    double Accuracy,
    double BalancedAccuracy,
    IReadOnlyList<double> Recall,
    double Auc,
    IReadOnlyList<double> ClassAuc,
    IReadOnlyList<int> Confusion)
{
    public const int Classes = 10;

    /// <summary>
    /// Scores log-probabilities (<paramref name="logProbs"/>: N × 10, row-major) against the labels.
    /// <paramref name="argmax"/> is the predicted class per image, computed from the float32 values.
    /// </summary>
    public static EvaluationMetrics Compute(ReadOnlySpan<float> logProbs, ReadOnlySpan<byte> labels, ReadOnlySpan<byte> argmax)
    {
        var n = labels.Length;
        if (logProbs.Length != n * Classes || argmax.Length != n)
        {
            throw new ArgumentException($"Expected {n} × {Classes} log-probabilities and {n} predictions.");
        }

        var confusion = new int[Classes * Classes];
        var support = new int[Classes];
        double lossSum = 0;
        var correct = 0;
        for (var i = 0; i < n; i++)
        {
            var truth = labels[i];
            support[truth]++;
            confusion[(truth * Classes) + argmax[i]]++;
            correct += truth == argmax[i] ? 1 : 0;
            lossSum -= logProbs[(i * Classes) + truth];
        }

        var recall = new double[Classes];
        for (var c = 0; c < Classes; c++)
        {
            recall[c] = support[c] == 0 ? 0 : confusion[(c * Classes) + c] / (double)support[c];
        }

        var classAuc = new double[Classes];
        var scores = new float[n];
        var positives = new bool[n];
        for (var c = 0; c < Classes; c++)
        {
            for (var i = 0; i < n; i++)
            {
                scores[i] = logProbs[(i * Classes) + c];
                positives[i] = labels[i] == c;
            }

            classAuc[c] = RocAuc.OneVsRest(scores, positives);
        }

        return new EvaluationMetrics(
            n == 0 ? 0 : lossSum / n,
            n == 0 ? 0 : correct / (double)n,
            recall.Average(),
            recall,
            classAuc.Average(),
            classAuc,
            confusion);
    }
}
