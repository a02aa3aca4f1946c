namespace Netpicking.Core.Analysis;

/// <summary>
/// The greedy search run on <paramref name="SelectionImages"/> of one seeded half: the <paramref name="Members"/> it chose
/// (snapshot indices), their accuracy on that half (<paramref name="SelectionAccuracy"/>, optimistic like the whole-set
/// search) and on the other <paramref name="HeldOutImages"/>, never used to choose (<paramref name="HeldOutAccuracy"/>).
/// </summary>
public sealed record GreedyHoldout(
    int SelectionImages,
    int HeldOutImages,
    IReadOnlyList<int> Members,
    double SelectionAccuracy,
    double HeldOutAccuracy);
