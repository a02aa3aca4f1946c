namespace Netpicking.Core.Analysis;

/// <summary>
/// McNemar's test of two networks on the same test images (docs/metrics.md#uncertainty): it looks only at the images
/// exactly one of them answers correctly — <paramref name="FirstOnly"/> right for the first and wrong for the second,
/// <paramref name="SecondOnly"/> the other way — and asks whether a split that uneven could come from two networks that
/// are equally often right. It is a test of per-image correctness (accuracy), whatever score ranked them.
/// <paramref name="MidP"/> (the exact binomial p-value less half the probability of the observed split) decides;
/// <paramref name="ExactP"/> and <paramref name="ChiSquareP"/> (with continuity correction) are given beside it.
/// </summary>
public sealed record PairedTest(int FirstOnly, int SecondOnly, double MidP, double ExactP, double ChiSquareP)
{
    /// <summary>The significance level behind "distinguishable at 95 %".</summary>
    public const double Alpha = 0.05;

    public int Discordant => FirstOnly + SecondOnly;

    /// <summary>The two networks' accuracies differ at 95 %: the mid-p value is below 0.05.</summary>
    public bool Distinguishable => MidP < Alpha;

    /// <summary>+1: the first is more often right at 95 %; −1: the second is; 0: not distinguishable.</summary>
    public int Verdict => !Distinguishable ? 0 : FirstOnly > SecondOnly ? 1 : -1;
}
