namespace Netpicking.Core.Benchmarks.Synthetic;

/// <summary>
/// What the synthetic model draws once per network: whether it is stuck (answers one class, as a network whose
/// training diverged does), its error rate after many epochs, how fast it gets there, and its seconds per epoch.
/// </summary>
public sealed record SyntheticNetworkTraits(
    bool Stuck,
    byte StuckClass,
    double FinalErrorRate,
    double EarlyErrorFactor,
    double EpochsToSettle,
    double SecondsPerEpoch);
