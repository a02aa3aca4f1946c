namespace Netpicking.Core.Analysis;

/// <summary>Which test score an analysis looks at (docs/metrics.md#the-snapshot-scope: accuracy by default).</summary>
public enum ScoreKind
{
    Accuracy,
    BalancedAccuracy,
    AucMean,
    ClassRecall,
    ClassAuc,
}
