namespace Netpicking.Core.Analysis;

/// <summary>Threshold counts per tested epoch; thresholds are fractions (0.8 = 80 %).</summary>
public sealed record ThresholdTableResult(IReadOnlyList<double> Thresholds, IReadOnlyList<ThresholdRow> Rows);
