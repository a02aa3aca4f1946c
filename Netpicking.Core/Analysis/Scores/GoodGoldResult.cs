namespace Netpicking.Core.Analysis;

/// <summary>Per network index of the snapshot: is it good, is it a gold star. Counts for the headline.</summary>
public sealed record GoodGoldResult(
    double GoodThreshold,
    double GoldThreshold,
    IReadOnlyList<bool> Good,
    IReadOnlyList<bool> Gold)
{
    public int GoodCount => Good.Count(g => g);

    public int GoldCount => Gold.Count(g => g);

    /// <summary>Indices of the good networks, ascending.</summary>
    public IReadOnlyList<int> GoodIndices => Enumerable.Range(0, Good.Count).Where(i => Good[i]).ToArray();

    public IReadOnlyList<int> GoldIndices => Enumerable.Range(0, Gold.Count).Where(i => Gold[i]).ToArray();
}
