namespace Netpicking.Core.Analysis;

/// <summary>What the Ensembles page shows and <c>analyze ensembles</c> prints: the size curve, the chosen set, the greedy set.</summary>
public sealed record EnsemblesResult(EnsembleCurve Curve, EnsembleScore? Set, GreedyEnsembleResult? Greedy);
