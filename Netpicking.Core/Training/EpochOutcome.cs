namespace Netpicking.Core.Training;

/// <summary>
/// What one epoch produced. On tested epochs <see cref="Evaluation"/>, <see cref="LogProbabilities"/>
/// (10,000 × 10, row-major) and <see cref="Predictions"/> (exact argmax) are set.
/// </summary>
public sealed record EpochOutcome(
    int Epoch,
    double TrainLoss,
    double Seconds,
    EvaluationMetrics? Evaluation,
    float[]? LogProbabilities,
    byte[]? Predictions)
{
    public bool Tested => Evaluation is not null;
}
