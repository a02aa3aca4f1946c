namespace Netpicking.Core.Analysis;

/// <summary>Which test score an analysis looks at (product.md 5: accuracy by default).</summary>
public enum ScoreKind
{
    Accuracy,
    BalancedAccuracy,
    AucMean,
    ClassRecall,
    ClassAuc,
}
