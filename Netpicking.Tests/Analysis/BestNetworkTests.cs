using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class BestNetworkTests
{
    [Fact]
    public void PercentilesCountNetworksBeatenOrTied()
    {
        var best = BestNetwork.Find(AnalysisFixture.Snapshot())!;

        Assert.Equal(5, best.Network.Id);
        Assert.Equal(0.995, best.Score);
        // Class 0: best 0.99, network 2 ties at 0.99, others 0.95 → 6 of 6 = 100.
        Assert.Equal(100, best.Classes[0].Percentile, 9);
        // Class 1: network 4 has 1.0 > 0.99 → 5 of 6 = 83.33.
        Assert.Equal(500.0 / 6, best.Classes[1].Percentile, 9);
        // Class 3: best 0.90, everyone else 0.95 → only itself: 1 of 6 = 16.67.
        Assert.Equal(100.0 / 6, best.Classes[3].Percentile, 9);
        Assert.False(best.BestEverywhere);
    }

    [Fact]
    public void TiesGoToTheLowestIdAndEveryoneIsTied()
    {
        var best = BestNetwork.Find(EdgeSnapshots.AllTied())!;

        Assert.Equal(0, best.Network.Id);
        Assert.All(best.Classes, c => Assert.Equal(100, c.Percentile));
        Assert.True(best.BestEverywhere);
    }

    [Fact]
    public void NoNetworksNoBest()
    {
        Assert.Null(BestNetwork.Find(EdgeSnapshots.Empty()));
        Assert.Equal(0, BestNetwork.Find(EdgeSnapshots.Single())!.NetworkIndex);
    }

    [Fact]
    public void ComparesTheBestWithTheBasicBaseline()
    {
        var comparison = BestVsBaseline.Compare(AnalysisFixture.Snapshot())!;

        Assert.Equal("Basic_0", comparison.Baseline.Name);
        var rows = comparison.Rows.ToDictionary(r => r.Measure);
        // params 9000 / 7850; memory 15000 / 1588; time 120 s / 20 s = 6; ops 6 / 4 = 1.5; score 0.995 / 0.90.
        Assert.Equal(9000.0 / 7850, rows["params"].Ratio, 12);
        Assert.Equal(15000.0 / 1588, rows["memory"].Ratio, 12);
        Assert.Equal(6, rows["time"].Ratio, 12);
        Assert.Equal(1.5, rows["ops"].Ratio, 12);
        Assert.Equal(0.995 / 0.90, rows["accuracy"].Ratio, 12);
    }

    [Fact]
    public void TheBestIsTestedAgainstTheBaselineOnTheSameImages()
    {
        var comparison = BestVsBaseline.Compare(AnalysisFixture.Snapshot())!;

        // Network 5 (best) is wrong on image 4 only; Basic_0 on 4, 7, 9 and 11: 3 images the best alone gets right, none
        // the other way. Exact p = 2 · (1/2)³ = 0.25, mid-p = 0.25 − 1/8 = 0.125: not distinguishable with 12 images.
        var test = comparison.Test!;
        Assert.Equal((3, 0), (test.FirstOnly, test.SecondOnly));
        Assert.Equal(0.125, test.MidP, 12);
        Assert.False(test.Distinguishable);
        Assert.Equal((11, 12), (comparison.BestAccuracy!.Successes, comparison.BestAccuracy.Trials));
        Assert.Equal((8, 12), (comparison.BaselineAccuracy!.Successes, comparison.BaselineAccuracy.Trials));
    }

    [Fact]
    public void NoBaselineNoComparison() => Assert.Null(BestVsBaseline.Compare(EdgeSnapshots.AllTied()));
}
