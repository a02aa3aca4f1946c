namespace Netpicking.Core.Analysis;

/// <summary>
/// One network snapshot (a network at one tested epoch of one run) to rank. <paramref name="Values"/> holds one
/// value per <see cref="RankedMetric"/>, in that order; NaN means "no value" and gets no rank.
/// </summary>
public sealed record RankingRow(int NetworkId, string Name, string Group, string Form, string SnapshotKey, int Epoch, IReadOnlyList<double> Values);
