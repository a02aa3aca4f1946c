namespace Netpicking.Core.Storage;

/// <summary>
/// One finished epoch to save. A tested epoch carries both <paramref name="Test"/> and
/// <paramref name="Predictions"/>; an untested one carries neither.
/// </summary>
public sealed record EpochRecord(
    int TrainingId,
    int Epoch,
    double TrainLoss,
    double EpochSeconds,
    TestScores? Test = null,
    EncodedPredictions? Predictions = null);
