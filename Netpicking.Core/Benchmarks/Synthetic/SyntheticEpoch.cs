namespace Netpicking.Core.Benchmarks.Synthetic;

/// <summary>
/// One tested epoch of one synthetic network: its answers (argmax class per image) and the scores computed
/// from them, as a trainer would store them. Fractions; the confusion matrix is row-major, <c>true * 10 + predicted</c>.
/// </summary>
public sealed record SyntheticEpoch(
    int Epoch,
    byte[] Answers,
    double Accuracy,
    double BalancedAccuracy,
    double AucMean,
    float[] ClassRecall,
    float[] ClassAuc,
    int[] ConfusionMatrix,
    double EpochSeconds);
