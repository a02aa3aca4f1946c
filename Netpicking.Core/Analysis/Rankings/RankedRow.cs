namespace Netpicking.Core.Analysis;

/// <summary>A row with its ranks, one <see cref="RankSet"/> per <see cref="RankedMetric"/> in that order.</summary>
public sealed record RankedRow(RankingRow Row, IReadOnlyList<RankSet> Ranks)
{
    public RankSet this[RankedMetric metric] => Ranks[(int)metric];
}
