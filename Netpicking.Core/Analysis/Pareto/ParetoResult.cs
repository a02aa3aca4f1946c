namespace Netpicking.Core.Analysis;

/// <summary>The networks (snapshot indices) on the score-vs-cost front, cheapest first.</summary>
public sealed record ParetoResult(CostKind Cost, IReadOnlyList<int> Front);
