namespace Netpicking.Core.Analysis;

/// <summary>A cheap and an expensive network (snapshot indices) and the cascade's points, by threshold.</summary>
public sealed record CascadeResult(int Cheap, int Expensive, CostKind Cost, IReadOnlyList<CascadePoint> Points);
