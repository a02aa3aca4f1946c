namespace Netpicking.Core.Analysis;

/// <summary>The agreement of every pair of <paramref name="Networks"/> (snapshot indices): <c>Values[i][j]</c> for networks i and j.</summary>
public sealed record PairwiseAgreement(IReadOnlyList<int> Networks, double[][] Values);
