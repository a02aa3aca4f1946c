namespace Netpicking.Core.Analysis;

/// <summary>
/// The test scores of one network at one tested epoch, as fractions, and its cumulative measured training
/// time up to and including that epoch. Per-class arrays hold one value per class (10).
/// </summary>
public sealed record EpochScores(
    int Epoch,
    double Accuracy,
    double BalancedAccuracy,
    double AucMean,
    float[] ClassRecall,
    float[] ClassAuc,
    double CumulativeSeconds);
