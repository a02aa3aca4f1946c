using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis.Statistics;

/// <summary>
/// Expected bounds from the Wilson formula in Python: centre (p + z²/2n) / (1 + z²/n), half-width
/// z·√(p(1 − p)/n + z²/4n²) / (1 + z²/n), z = 1.959963984540054.
/// </summary>
public sealed class ProportionIntervalTests
{
    [Theory]
    [InlineData(9873, 10000, 0.9849106380509, 0.9893151171371)]
    [InlineData(8, 10, 0.4901624715366, 0.9433178485456)]
    [InlineData(10000, 10000, 0.9996160016293, 1)]
    [InlineData(0, 10, 0, 0.2775327998629)]
    public void WilsonBoundsMatchTheHandComputedOnes(int successes, int trials, double low, double high)
    {
        var interval = ProportionInterval.Wilson(successes, trials);

        Assert.Equal(low, interval.Low, 9);
        Assert.Equal(high, interval.High, 9);
    }

    [Fact]
    public void AThresholdInsideTheIntervalIsNeitherAboveNorBelow()
    {
        // 9,873 of 10,000: [98.49 %, 98.93 %].
        var interval = ProportionInterval.Wilson(9873, 10000);

        Assert.True(interval.Above(0.98));
        Assert.False(interval.Above(0.987));
        Assert.False(interval.Below(0.987));
        Assert.True(interval.Below(0.99));
    }

    [Fact]
    public void NoTrialsGiveNoInterval()
    {
        var interval = ProportionInterval.Wilson(0, 0);

        Assert.True(double.IsNaN(interval.Low) && double.IsNaN(interval.High) && double.IsNaN(interval.Estimate));
    }

    [Fact]
    public void AccuracyCountsTheSnapshotsRightAnswers()
    {
        // AnalysisFixture network 1 says 0 7 2 3 9 5 6 7 8 9 0 1 for labels 0 1 2 3 4 5 6 7 8 9 0 1: wrong on images 1 and 4.
        var snapshot = AnalysisFixture.Snapshot();
        var interval = ProportionInterval.OfAccuracy(snapshot, 1);

        Assert.Equal((10, 12), (interval.Successes, interval.Trials));
    }
}
