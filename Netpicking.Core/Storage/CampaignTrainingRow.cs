using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>One network of a campaign as the Training page and the command line show it.</summary>
public sealed record CampaignTrainingRow(
    int TrainingId,
    int NetworkId,
    string NetworkName,
    string Group,
    TrainingStatus Status,
    int Attempts,
    string? ErrorMessage,
    string? WorkerName,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    DateTime? LastHeartbeatAt,
    TrainingProgress? Progress);
