namespace Netpicking.Core.Analysis;

/// <summary>
/// Accuracy of ensembles of the cheapest networks by size. <paramref name="TargetAccuracy"/> is the best
/// network's accuracy; <paramref name="SizeToMatch"/> the smallest size that reaches it (null if none does).
/// </summary>
public sealed record EnsembleCurve(CostKind Cost, double TargetAccuracy, int? SizeToMatch, IReadOnlyList<EnsembleStep> Steps);
