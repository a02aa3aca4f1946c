namespace Netpicking.Core.Analysis;

/// <summary>What rankings rank by: the four costs (lower is better), then the scores (higher is better).</summary>
public enum RankedMetric
{
    TrainingTime,
    Params,
    Memory,
    Ops,
    Accuracy,
    BalancedAccuracy,
    AucMean,
}
