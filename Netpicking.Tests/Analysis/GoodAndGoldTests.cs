using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class GoodAndGoldTests
{
    [Fact]
    public void GoodNeedsEveryTestedEpochAndGoldNeedsMoreThan98AtTheLast()
    {
        var result = GoodAndGold.Classify(AnalysisFixture.Snapshot());

        // 0: 0.85/0.90 good; 1: 0.70 at e1 not good; 2: 0.95/0.99 good, gold; 3: 0.90/0.80 good (≥ is inclusive);
        // 4: 0.96/0.985 good, gold; 5: no epoch 1, so not good although it is the best at epoch 2.
        Assert.Equal([true, false, true, true, true, false], result.Good);
        Assert.Equal([false, false, true, false, true, false], result.Gold);
        Assert.Equal([0, 2, 3, 4], result.GoodIndices);
        Assert.Equal(2, result.GoldCount);
    }

    [Fact]
    public void ThresholdsAreParameters()
    {
        // Gold above 0.985 is strict: 0.985 (network 4) no longer counts, 0.99 (network 2) does.
        var result = GoodAndGold.Classify(AnalysisFixture.Snapshot(), goodThreshold: 0.9, goldThreshold: 0.985);

        // Good at ≥0.9 on both epochs: 2 (0.95, 0.99) and 4 (0.96, 0.985); 0 fails 0.85, 3 fails 0.80.
        Assert.Equal([2, 4], result.GoodIndices);
        Assert.Equal([2], result.GoldIndices);
    }

    [Fact]
    public void AtAnEarlierScopeEpochOnlyEarlierEpochsCount()
    {
        var networks = AnalysisFixture.Networks().Where(n => n.At(1) is not null).ToArray();
        var snapshot = new PopulationSnapshot(
            AnalysisFixture.Scope(1), [1, 2], networks, AnalysisFixture.Labels, AnalysisFixture.Answers[..5]);

        var result = GoodAndGold.Classify(snapshot);

        // Epoch 1 only: 0.85 0.70 0.95 0.90 0.96 → good 0,2,3,4; none above 0.98.
        Assert.Equal([0, 2, 3, 4], result.GoodIndices);
        Assert.Empty(result.GoldIndices);
    }

    [Fact]
    public void OneNetworkAndNoNetworks()
    {
        Assert.Equal([true], GoodAndGold.Classify(EdgeSnapshots.Single()).Good);
        Assert.Empty(GoodAndGold.Classify(EdgeSnapshots.Empty()).Good);
    }
}
