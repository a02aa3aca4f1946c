namespace Netpicking.Core.Analysis;

/// <summary>
/// One tested epoch of the threshold table: how many of the <paramref name="Networks"/> that have a score
/// there reach each threshold (counts in the order of <see cref="ThresholdTableResult.Thresholds"/>), and, when the score
/// is accuracy, how many of them are above it at 95 %: the whole 95 % Wilson interval of their accuracy on the test
/// images lies at or above the threshold (<paramref name="ClearlyAbove"/>; null for other scores, which are not one
/// proportion of the test images). The others may reach the level only by the luck of which images were drawn.
/// </summary>
public sealed record ThresholdRow(int Epoch, int Networks, IReadOnlyList<int> Counts, IReadOnlyList<int>? ClearlyAbove);
