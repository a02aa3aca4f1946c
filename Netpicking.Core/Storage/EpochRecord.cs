namespace Netpicking.Core.Storage;

/// <summary>
/// One finished epoch to save. A tested epoch carries both <paramref name="Test"/> and
/// <paramref name="Predictions"/>; an untested one carries neither. <paramref name="EpochCpuSeconds"/> and
/// <paramref name="TestSeconds"/> are the CPU time of its training and the wall-clock time of its test.
/// </summary>
public sealed record EpochRecord(
    int TrainingId,
    int Epoch,
    double TrainLoss,
    double EpochSeconds,
    TestScores? Test = null,
    EncodedPredictions? Predictions = null,
    double? EpochCpuSeconds = null,
    double? TestSeconds = null);
