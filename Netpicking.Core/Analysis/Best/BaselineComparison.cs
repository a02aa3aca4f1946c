namespace Netpicking.Core.Analysis;

/// <summary>The best network against the baseline: params, memory, training time, ops, then the score.</summary>
public sealed record BaselineComparison(PopulationNetwork Best, PopulationNetwork Baseline, IReadOnlyList<ComparisonRow> Rows);
