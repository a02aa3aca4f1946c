using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class RankingsTests
{
    private static IReadOnlyList<RankedRow> Ranked() => Rankings.Compute(Rankings.RowsOf(AnalysisFixture.Snapshot()));

    private static RankSet Of(IReadOnlyList<RankedRow> ranked, int id, int epoch, RankedMetric metric) =>
        ranked.Single(r => r.Row.NetworkId == id && r.Row.Epoch == epoch)[metric];

    [Fact]
    public void RanksCountNetworksAtTheRowsEpochNotNetworkEpochRows()
    {
        var ranked = Ranked();

        // 11 rows: five networks at epoch 1 (network 5 misses it), six at epoch 2. A rank is out of the networks at its
        // epoch: 5 or 6, never 11.
        Assert.Equal(11, ranked.Count);
        Assert.All(ranked, r => Assert.All(r.Ranks, set => Assert.Equal(r.Row.Epoch == 1 ? 5 : 6, set.Global!.OutOf)));
        Assert.All(ranked, r => Assert.All(r.Ranks, set => Assert.Equal(r.Row.Epoch == 1 ? 5 : 6, set.Snapshot!.OutOf)));
    }

    [Fact]
    public void GlobalRanksUseMinRankForTies()
    {
        var ranked = Ranked();

        // Params at epoch 2, low→high: 3 (5000) → 1; 0 (7850) → 2; 4, 5 (9000) → 3; 1 (20000) → 5; 2 (30000) → 6.
        Assert.Equal(new Rank(1, 6), Of(ranked, 3, 2, RankedMetric.Params).Global);
        Assert.Equal(new Rank(3, 6), Of(ranked, 5, 2, RankedMetric.Params).Global);
        Assert.Equal(new Rank(5, 6), Of(ranked, 1, 2, RankedMetric.Params).Global);
        // At epoch 1 without network 5: 3, 0, 4, 1, 2 → network 1 is 4 of 5.
        Assert.Equal(new Rank(4, 5), Of(ranked, 1, 1, RankedMetric.Params).Global);

        // Accuracy at epoch 2, high→low: 5 (.995) → 1; 1, 2 (.99) → 2; 4 (.985) → 4; 0 (.90) → 5; 3 (.80) → 6.
        Assert.Equal(new Rank(2, 6), Of(ranked, 1, 2, RankedMetric.Accuracy).Global);
        Assert.Equal(new Rank(4, 6), Of(ranked, 4, 2, RankedMetric.Accuracy).Global);
        // At epoch 1: 4 (.96), 2 (.95), 3 (.90), 0 (.85), 1 (.70).
        Assert.Equal(new Rank(3, 5), Of(ranked, 3, 1, RankedMetric.Accuracy).Global);
        Assert.Equal(new Rank(5, 5), Of(ranked, 1, 1, RankedMetric.Accuracy).Global);
    }

    [Fact]
    public void GroupFormAndSnapshotRanksAreDense()
    {
        var ranked = Ranked();

        // Conv2d at epoch 2: 3 (5000), 4 and 5 (9000) → dense 1 and 2, out of 3.
        Assert.Equal(new Rank(2, 3), Of(ranked, 5, 2, RankedMetric.Params).Group);
        // Form Conv2dReLU at epoch 1: 3, 4 → 4 is 2 of 2.
        Assert.Equal(new Rank(2, 2), Of(ranked, 4, 1, RankedMetric.Params).Form);
        // Snapshot epoch 2: 5000, 7850, 9000 ×2, 20000, 30000 → network 1 (20000) is 4 of 6.
        Assert.Equal(new Rank(4, 6), Of(ranked, 1, 2, RankedMetric.Params).Snapshot);
        // Accuracy at epoch 2: .995, .99 ×2, .985, .90, .80 → network 4 is 3 of 6, network 3 is 5 of 6.
        Assert.Equal(new Rank(3, 6), Of(ranked, 4, 2, RankedMetric.Accuracy).Snapshot);
        Assert.Equal(new Rank(5, 6), Of(ranked, 3, 2, RankedMetric.Accuracy).Snapshot);
        Assert.Equal("3 / 6", Of(ranked, 4, 2, RankedMetric.Accuracy).Snapshot!.ToString());
    }

    [Fact]
    public void TrainingTimeIsLowerIsBetter()
    {
        var ranked = Ranked();

        // Times: 10, 20, 30, 40, 50 at epoch 1; 20, 40, 60, 80, 100, 120 at epoch 2: network 0 is first at both, network 1
        // second at both, whatever the other epoch's times.
        Assert.Equal(new Rank(1, 5), Of(ranked, 0, 1, RankedMetric.TrainingTime).Global);
        Assert.Equal(new Rank(1, 6), Of(ranked, 0, 2, RankedMetric.TrainingTime).Global);
        Assert.Equal(new Rank(2, 5), Of(ranked, 1, 1, RankedMetric.TrainingTime).Global);
    }

    [Fact]
    public void EveryNetworkAtTheScopesEpochIsTestedAgainstItsNeighboursByAccuracy()
    {
        var ranked = RankingsRequest.Compute(AnalysisFixture.Snapshot());
        RankedRow Row(int id, int epoch) => ranked.Single(r => r.Row.NetworkId == id && r.Row.Epoch == epoch);

        // Accuracy order at epoch 2: 5, 1, 2 (ties by id), 4, 0, 3. Network 1 (answers 0 7 2 3 9 5 6 7 8 9 0 1) and
        // network 5 (0 1 2 3 9 5 6 7 8 9 0 1) differ on image 1 only, where 5 is right.
        var one = Row(1, 2);
        Assert.Equal(5, one.Above!.NetworkId);
        Assert.Equal((0, 1), (one.Above.Test.FirstOnly, one.Above.Test.SecondOnly));
        Assert.Equal(2, one.Below!.NetworkId);
        Assert.Equal((1, 0), (Row(5, 2).Below!.Test.FirstOnly, Row(5, 2).Below!.Test.SecondOnly));
        Assert.False(one.Above.Test.Distinguishable);
        Assert.Null(Row(5, 2).Above);
        Assert.Null(Row(3, 2).Below);
        Assert.Null(Row(1, 1).Above);
    }

    [Fact]
    public void TiesEverywhereShareTheFirstPlace()
    {
        var ranked = Rankings.Compute(Rankings.RowsOf(EdgeSnapshots.AllTied()));

        Assert.All(ranked, r => Assert.All(r.Ranks, set =>
        {
            Assert.Equal(new Rank(1, 4), set.Global);
            Assert.Equal(new Rank(1, 4), set.Snapshot);
        }));
    }

    [Fact]
    public void MissingValuesGetNoRank()
    {
        var rows = new[]
        {
            new RankingRow(1, "a", "Linear", "LinearReLU", "s", 1, [1, 1, 1, 1, double.NaN, 0.5, 0.5]),
            new RankingRow(2, "b", "Linear", "LinearReLU", "s", 1, [2, 2, 2, 2, 0.9, 0.5, 0.5]),
        };

        var ranked = Rankings.Compute(rows);

        Assert.Null(ranked[0][RankedMetric.Accuracy].Global);
        Assert.Equal(new Rank(1, 1), ranked[1][RankedMetric.Accuracy].Global);
        Assert.Empty(Rankings.Compute([]));
    }
}
