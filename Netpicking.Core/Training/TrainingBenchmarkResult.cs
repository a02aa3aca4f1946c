namespace Netpicking.Core.Training;

/// <summary>
/// The training speed of one network. <paramref name="RepetitionMicroseconds"/> holds the mean time of one
/// optimiser step (data gather, forward, backward, Adam update, loss read back) in each timed repetition.
/// <paramref name="FirstLoss"/> is the loss of the very first step, <paramref name="LastLoss"/> the mean loss
/// of the last repetition: a sanity check that the network trained, not a quality measure.
/// </summary>
public sealed record TrainingBenchmarkResult(
    int NetworkId,
    string NetworkName,
    string Group,
    long Parameters,
    int BatchSize,
    int Threads,
    int Steps,
    int Warmup,
    IReadOnlyList<double> RepetitionMicroseconds,
    double FirstLoss,
    double LastLoss)
{
    /// <summary>The median of the repetitions (the mean of the middle two for an even count).</summary>
    public double MicrosecondsPerStep
    {
        get
        {
            var sorted = RepetitionMicroseconds.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double SamplesPerSecond => BatchSize * 1e6 / MicrosecondsPerStep;
}
