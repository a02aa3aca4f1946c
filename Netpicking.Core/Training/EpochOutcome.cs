namespace Netpicking.Core.Training;

/// <summary>
/// What one epoch produced. <paramref name="Seconds"/> is the wall-clock time of its training batches,
/// <paramref name="CpuSeconds"/> the CPU time of the thread that ran them (null where it cannot be told apart, e.g. with
/// several torch threads), <paramref name="TestSeconds"/> the wall-clock time of testing it. On tested epochs
/// <see cref="Evaluation"/>, <see cref="LogProbabilities"/> (10,000 × 10, row-major) and <see cref="Predictions"/>
/// (exact argmax) are set.
/// </summary>
public sealed record EpochOutcome(
    int Epoch,
    double TrainLoss,
    double Seconds,
    EvaluationMetrics? Evaluation,
    float[]? LogProbabilities,
    byte[]? Predictions,
    double? CpuSeconds = null,
    double? TestSeconds = null)
{
    public bool Tested => Evaluation is not null;
}
