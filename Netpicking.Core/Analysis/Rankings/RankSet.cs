namespace Netpicking.Core.Analysis;

/// <summary>
/// The four ranks of one value: among every row (min-rank, "competition": ties share the best position and
/// leave a gap), and dense ranks (ties share a position, no gap) within the row's group, its form and its
/// snapshot. Null where the row has no value.
/// </summary>
public sealed record RankSet(Rank? Global, Rank? Group, Rank? Form, Rank? Snapshot);
