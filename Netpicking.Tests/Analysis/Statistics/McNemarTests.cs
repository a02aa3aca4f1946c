using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis.Statistics;

/// <summary>
/// Expected p-values computed exactly with Python's fractions and math.comb (exact: 2·Σᵢ₌₀ᵏ C(n, i) / 2ⁿ, mid-p: that less
/// C(n, k) / 2ⁿ) and math.erfc for the chi-square (erfc(√(x/2)), x = (|b − c| − 1)² / n).
/// </summary>
public sealed class McNemarTests
{
    [Theory]
    // b, c, exact, mid-p, chi-square with continuity correction
    [InlineData(123, 45, 1.4454318e-09, 9.807549073e-10, 2.838439798e-09)]
    [InlineData(10, 4, 0.1795654297, 0.1184692383, 0.1814492077)]
    [InlineData(700, 600, 0.006015793861, 0.00554355871, 0.006036981098)]
    [InlineData(2, 0, 0.5, 0.25, 0.4795001222)]
    public void PValuesMatchTheHandComputedOnes(int b, int c, double exact, double mid, double chi)
    {
        var test = McNemar.Of(b, c);

        AssertRelative(exact, test.ExactP);
        AssertRelative(mid, test.MidP);
        AssertRelative(chi, test.ChiSquareP);
    }

    [Fact]
    public void TheTestIsSymmetricInItsTwoNetworks()
    {
        var forward = McNemar.Of(123, 45);
        var backward = McNemar.Of(45, 123);

        Assert.Equal(forward.MidP, backward.MidP);
        Assert.Equal(1, forward.Verdict);
        Assert.Equal(-1, backward.Verdict);
    }

    [Theory]
    // 7 against 1: exact 0.0703 (not at 95 %), mid-p 0.0391 (at 95 %); 60 against 40: exact 0.0569, mid-p 0.0460.
    [InlineData(7, 1)]
    [InlineData(60, 40)]
    public void MidPDecidesWhereTheExactTestIsTooCautious(int b, int c)
    {
        var test = McNemar.Of(b, c);

        Assert.True(test.ExactP > PairedTest.Alpha);
        Assert.True(test.Distinguishable);
        Assert.Equal(1, test.Verdict);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(0, 0)]
    public void AnEvenSplitOrNoDiscordantImageIsNotDistinguishable(int b, int c)
    {
        var test = McNemar.Of(b, c);

        Assert.Equal((1.0, 1.0, 1.0), (test.ExactP, test.MidP, test.ChiSquareP));
        Assert.False(test.Distinguishable);
        Assert.Equal(0, test.Verdict);
    }

    [Fact]
    public void CountsOnlyTheImagesExactlyOneNetworkGetsRight()
    {
        // AnalysisFixture: network 1 is right alone on images 7, 9 and 11, network 0 alone on image 1 (DisagreementsTests);
        // both wrong on 4 count for neither.
        var test = McNemar.Of(AnalysisFixture.Snapshot(), 1, 0);

        Assert.Equal((3, 1), (test.FirstOnly, test.SecondOnly));
        Assert.Equal(McNemar.Of(3, 1), test);
    }

    private static void AssertRelative(double expected, double actual) =>
        Assert.InRange(actual / expected, 1 - 1e-6, 1 + 1e-6);
}
