namespace Netpicking.Core.Analysis;

/// <summary>A row with its ranks, one <see cref="RankSet"/> per <see cref="RankedMetric"/> in that order.</summary>
public sealed record RankedRow(RankingRow Row, IReadOnlyList<RankSet> Ranks)
{
    public RankSet this[RankedMetric metric] => Ranks[(int)metric];

    /// <summary>
    /// The network just above this one by accuracy in its snapshot, with McNemar's test of this row's network (first)
    /// against it; null at the top, and on rows of other epochs than the scope's (only its answers are loaded).
    /// </summary>
    public RankNeighbour? Above { get; init; }

    /// <summary>The network just below this one by accuracy, tested the same way; null at the bottom.</summary>
    public RankNeighbour? Below { get; init; }
}
