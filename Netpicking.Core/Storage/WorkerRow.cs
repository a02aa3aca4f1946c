namespace Netpicking.Core.Storage;

/// <summary>A worker as the Training page shows it, with the networks it is training now.</summary>
public sealed record WorkerRow(
    string Name,
    string Host,
    int ProcessId,
    int TrainingWorkers,
    int TorchThreads,
    DateTime StartedAt,
    DateTime LastSeenAt,
    DateTime? StoppedAt,
    WorkerState State,
    IReadOnlyList<string> Training);
