using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class CascadeDefaultPairTests
{
    [Fact]
    public void CheapestGoodNetworkDefersToTheBest()
    {
        var snapshot = AnalysisFixture.Snapshot();
        var goodGold = GoodAndGold.Classify(snapshot);

        // Best: network 5 (0.995). Good: 0, 2, 3, 4. By params 3 (5000) is the cheapest good; by memory 0 (1588).
        Assert.Equal((3, 5), Cascade.DefaultPair(snapshot, CostKind.Params, goodGold));
        Assert.Equal((0, 5), Cascade.DefaultPair(snapshot, CostKind.Memory, goodGold));
    }

    [Fact]
    public void CheaperNetworksThatAreNotGoodAreSkipped()
    {
        var snapshot = AnalysisFixture.Snapshot();

        // Good at 90 %: only 2 and 4 (0 has 0.85 at epoch 1, 3 has 0.80 at epoch 2), so 3 (5000) and 0 (7850) are passed over.
        Assert.Equal((4, 5), Cascade.DefaultPair(snapshot, CostKind.Params, GoodAndGold.Classify(snapshot, goodThreshold: 0.9)));
    }

    [Fact]
    public void WithoutGoodNetworksTheCheapestOfAnyIsTaken()
    {
        var snapshot = AnalysisFixture.Snapshot();

        Assert.Equal((0, 5), Cascade.DefaultPair(snapshot, CostKind.Memory, GoodAndGold.Classify(snapshot, goodThreshold: 1.0)));
        Assert.Null(Cascade.DefaultPair(EdgeSnapshots.Empty(), CostKind.Params, GoodAndGold.Classify(EdgeSnapshots.Empty())));
    }
}
