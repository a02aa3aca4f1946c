namespace Netpicking.Core.Analysis;

/// <summary>The points the filter kept and the top of them by Y (highest first; ties: lower X, then lower id).</summary>
public sealed record ScatterResult(CostKind X, ScoreSelector Y, IReadOnlyList<ScatterPoint> Points, IReadOnlyList<ScatterPoint> Top);
