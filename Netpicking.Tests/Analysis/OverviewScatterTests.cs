using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class OverviewScatterTests
{
    [Fact]
    public void OnePointPerNetworkSnapshot()
    {
        var result = OverviewScatter.Compute(AnalysisFixture.Snapshot(), CostKind.Params, ScoreSelector.Accuracy);

        // Five networks with two tested epochs, one with one.
        Assert.Equal(11, result.Points.Count);
        // Top by accuracy: .995 (5), then .99 ×2 at 20000 (1) before 30000 (2), then .985 (4).
        Assert.Equal([5, 1, 2, 4], result.Top.Take(4).Select(p => p.NetworkId));
        Assert.Equal(10, result.Top.Count);
    }

    [Fact]
    public void FiltersAndTopFollowThem()
    {
        var filter = new ScatterFilter(Families: new HashSet<string> { "Conv2d" }, Epochs: new HashSet<int> { 2 }, YMin: 0.85);

        var result = OverviewScatter.Compute(AnalysisFixture.Snapshot(), CostKind.TrainingTime, ScoreSelector.Recall(3), filter);

        // Conv2d at epoch 2 with recall_3 ≥ 0.85: 3 (0.95), 4 (0.95), 5 (0.90). Top: 0.95 at 80 s, 0.95 at 100 s, then 5.
        Assert.Equal([3, 4, 5], result.Top.Select(p => p.NetworkId));
        Assert.Equal(80, result.Top[0].X);
    }
}
