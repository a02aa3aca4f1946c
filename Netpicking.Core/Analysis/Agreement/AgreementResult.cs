namespace Netpicking.Core.Analysis;

/// <summary>What the Agreement page shows and <c>analyze agreement</c> prints: the family matrix, the pair, and any pairwise table asked for.</summary>
public sealed record AgreementResult(AgreementMatrix Matrix, PairAgreement? Pair, PairwiseAgreement? Between);
