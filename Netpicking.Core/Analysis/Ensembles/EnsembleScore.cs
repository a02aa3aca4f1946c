namespace Netpicking.Core.Analysis;

/// <summary>The score of an ensemble (snapshot indices in <paramref name="Members"/>) on the whole test set.</summary>
public sealed record EnsembleScore(IReadOnlyList<int> Members, double Accuracy, double BalancedAccuracy);
