namespace Netpicking.Core.Training;

/// <summary>The loss stopped being a finite number: the training is recorded as failed with this message.</summary>
public sealed class TrainingDivergedException(string message) : Exception(message);
