namespace Netpicking.Core.Storage;

/// <summary>One network's training under one dataset × run settings, as its page shows it.</summary>
public sealed record NetworkTraining(
    int TrainingId,
    string Dataset,
    string RunSettings,
    TrainingStatus Status,
    string? ErrorMessage,
    string? WorkerName,
    IReadOnlyList<StoredEpoch> Epochs);
