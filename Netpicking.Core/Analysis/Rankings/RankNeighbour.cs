namespace Netpicking.Core.Analysis;

/// <summary>
/// A neighbour in the accuracy order of a snapshot, and McNemar's test of the ranked network (first) against it
/// (second) on the same test images: <c>Test.Verdict</c> −1 means the neighbour is more often right at 95 %.
/// </summary>
public sealed record RankNeighbour(int NetworkId, string Name, PairedTest Test);
