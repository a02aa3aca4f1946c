namespace Netpicking.Core.Training;

/// <summary>
/// One network for <see cref="NetworkTrainer"/>: what to train, where its epochs go, where its progress goes, and a
/// token that stops this network alone (its campaign was cancelled).
/// </summary>
public sealed record NetworkJob(TrainingRequest Request, IEpochSink Sink, IProgress<TrainingProgress>? Progress = null, CancellationToken Cancellation = default);
