using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class CascadeTests
{
    [Fact]
    public void DefersLowConfidenceImagesToTheExpensiveNetwork()
    {
        // Cheap network 0 (7850 params): top probability 0.9, except 0.55 on image 7. Expensive network 5 (9000).
        var result = Cascade.Compute(AnalysisFixture.Snapshot(), cheap: 0, expensive: 5, CostKind.Params, [0.5, 0.6, 0.95]);

        // 0.5: nothing deferred: network 0 alone, 8 of 12 right, cost 7850.
        Assert.Equal(new CascadePoint(0.5, 0, 8.0 / 12, 7850), result.Points[0]);
        // 0.6: image 7 deferred; network 5 answers it right (7): 9 of 12; cost 7850 + 9000/12 = 8600.
        Assert.Equal(1.0 / 12, result.Points[1].DeferralRate, 12);
        Assert.Equal(0.75, result.Points[1].Accuracy, 12);
        Assert.Equal(8600, result.Points[1].AverageCost, 9);
        // 0.95: everything deferred: network 5's 11 of 12 at 7850 + 9000.
        Assert.Equal(new CascadePoint(0.95, 1, 11.0 / 12, 16850), result.Points[2]);
    }
}
