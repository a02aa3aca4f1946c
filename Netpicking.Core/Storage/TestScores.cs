namespace Netpicking.Core.Storage;

/// <summary>
/// Scores of a tested epoch on the test set. Arrays are per class (10 values); the confusion matrix is
/// row-major 10×10, index <c>true * 10 + predicted</c>.
/// </summary>
public sealed record TestScores(
    double TestLoss,
    double Accuracy,
    double BalancedAccuracy,
    double AucMean,
    float[] ClassRecall,
    float[] ClassAuc,
    int[] ConfusionMatrix);
