namespace Netpicking.Core.Storage;

/// <summary>
/// What a finished network of a campaign scored and cost: the accuracy of its last tested epoch, its training time (the
/// wall-clock seconds of all its epochs, docs/metrics.md#training-time) and the CPU seconds of the same epochs (null when
/// an epoch has none recorded), and its parameter count.
/// </summary>
public sealed record CampaignNetworkResult(int TrainingId, double? Accuracy, int? TestedEpoch, double TrainSeconds, double? CpuSeconds, long Params);
