namespace Netpicking.Core.Analysis;

/// <summary>The members chosen one by one under <paramref name="Budget"/> (in <paramref name="Cost"/> units), on the whole test set.</summary>
public sealed record GreedyEnsembleResult(CostKind Cost, double Budget, IReadOnlyList<EnsembleStep> Steps)
{
    public IReadOnlyList<int> Members => Steps.Select(s => s.Added).ToArray();

    public double Accuracy => Steps.Count == 0 ? double.NaN : Steps[^1].Accuracy;

    /// <summary>The same search chosen on one half of the test images and scored on the other; null with fewer than two images.</summary>
    public GreedyHoldout? HeldOut { get; init; }
}
