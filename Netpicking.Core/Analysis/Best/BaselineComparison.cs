namespace Netpicking.Core.Analysis;

/// <summary>The best network against the baseline: params, memory, training time, ops, then the score.</summary>
public sealed record BaselineComparison(PopulationNetwork Best, PopulationNetwork Baseline, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>McNemar's test of the best (first) against the baseline (second) on the same test images: per-image correctness, whatever the score.</summary>
    public PairedTest? Test { get; init; }

    /// <summary>95 % Wilson intervals of the two accuracies.</summary>
    public ProportionInterval? BestAccuracy { get; init; }

    public ProportionInterval? BaselineAccuracy { get; init; }
}
