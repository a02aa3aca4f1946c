namespace Netpicking.Core.Analysis;

/// <summary>
/// The test scores of one network at one tested epoch, as fractions, and its cumulative measured training
/// time up to and including that epoch: wall-clock, and the CPU time of the training thread and the wall-clock time of
/// the tests where they were recorded (null for results stored before, or trained with several threads or on a GPU).
/// Per-class arrays hold one value per class (10).
/// </summary>
public sealed record EpochScores(
    int Epoch,
    double Accuracy,
    double BalancedAccuracy,
    double AucMean,
    float[] ClassRecall,
    float[] ClassAuc,
    double CumulativeSeconds,
    double? CumulativeCpuSeconds = null,
    double? CumulativeTestSeconds = null);
