namespace Netpicking.Core.Analysis;

/// <summary>A cheap and an expensive network (snapshot indices) and the cascade's points, by threshold.</summary>
public sealed record CascadeResult(int Cheap, int Expensive, CostKind Cost, IReadOnlyList<CascadePoint> Points)
{
    /// <summary>The threshold chosen on one half of the test images and its numbers on both halves; null without images.</summary>
    public CascadeHoldout? HeldOut { get; init; }
}
