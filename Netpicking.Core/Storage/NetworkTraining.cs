namespace Netpicking.Core.Storage;

/// <summary>
/// One network's training under one dataset × run settings, as its page shows it: its epochs, when it ran, the seconds
/// it spent storing results and the compute path it ran on (null where not recorded).
/// </summary>
public sealed record NetworkTraining(
    int TrainingId,
    string Dataset,
    string RunSettings,
    TrainingStatus Status,
    string? ErrorMessage,
    string? WorkerName,
    IReadOnlyList<StoredEpoch> Epochs,
    DateTime? StartedAt = null,
    DateTime? FinishedAt = null,
    double? StoreSeconds = null,
    string? ComputePath = null)
{
    /// <summary>Start to finish of the last run, when it finished.</summary>
    public TimeSpan? Elapsed => FinishedAt - StartedAt is { Ticks: > 0 } elapsed ? elapsed : null;
}
