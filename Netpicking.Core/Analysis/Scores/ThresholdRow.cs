namespace Netpicking.Core.Analysis;

/// <summary>
/// One tested epoch of the threshold table: how many of the <paramref name="Networks"/> that have a score
/// there reach each threshold (counts in the order of <see cref="ThresholdTableResult.Thresholds"/>).
/// </summary>
public sealed record ThresholdRow(int Epoch, int Networks, IReadOnlyList<int> Counts);
