namespace Netpicking.Core.Analysis;

/// <summary>Weights of the five prediction-set outcomes in the weighted score (product.md 5.12 defaults).</summary>
public sealed record SetOutcomeWeights(
    double CorrectSure = 1,
    double CorrectUnsure = -6,
    double WrongSure = -12,
    double WrongTruthOutside = -9,
    double WrongTruthInside = -8)
{
    public static SetOutcomeWeights Default { get; } = new();
}
