namespace Netpicking.Core.Analysis;

/// <summary>
/// Mean agreement between families: <paramref name="Values"/>[row][column] is the fraction of (network pair, image)
/// where a network of the row family and a different network of the column family give the same answer. NaN
/// where no such pair exists (a family of one network against itself).
/// </summary>
public sealed record AgreementMatrix(IReadOnlyList<string> Families, IReadOnlyList<int> NetworkCounts, IReadOnlyList<IReadOnlyList<double>> Values);
