namespace Netpicking.Core.Analysis;

/// <summary>
/// The four ranks of one value, each among the networks of the row's snapshot (one epoch of one run): among them all
/// (min-rank, "competition": ties share the best position and leave a gap), and dense ranks (ties share a position, no
/// gap) within the row's group, its form and the whole snapshot. Null where the row has no value.
/// </summary>
public sealed record RankSet(Rank? Global, Rank? Group, Rank? Form, Rank? Snapshot);
