namespace Netpicking.Core.Training;

/// <summary>Where a training is: epoch and batch (1-based) and the mean loss of the epoch so far.</summary>
public sealed record TrainingProgress(int Epoch, int Epochs, int Batch, int Batches, double RunningLoss);
