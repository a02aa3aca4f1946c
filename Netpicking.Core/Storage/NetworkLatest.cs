namespace Netpicking.Core.Storage;

/// <summary>
/// A network's training state across its trainings (the most telling status, how many trainings) and its best accuracy
/// at the last tested epoch of any of them, with where that was (dataset / run settings) and the epoch.
/// </summary>
public sealed record NetworkLatest(TrainingStatus Status, int Trainings, string? BestScope, int? BestEpoch, double? BestAccuracy);
