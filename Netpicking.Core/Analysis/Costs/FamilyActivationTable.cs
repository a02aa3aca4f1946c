namespace Netpicking.Core.Analysis;

/// <summary>
/// Network counts per family (rows) × activation (columns), in display order; <paramref name="Counts"/>[row][column].
/// <paramref name="GoodCounts"/> and <paramref name="GoldCounts"/> count the good networks and gold stars the same way.
/// </summary>
public sealed record FamilyActivationTable(
    IReadOnlyList<string> Families,
    IReadOnlyList<string> Activations,
    IReadOnlyList<IReadOnlyList<int>> Counts,
    IReadOnlyList<IReadOnlyList<int>> GoodCounts,
    IReadOnlyList<IReadOnlyList<int>> GoldCounts);
