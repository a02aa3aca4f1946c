using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class RankingsTests
{
    private static IReadOnlyList<RankedRow> Ranked() => Rankings.Compute(Rankings.RowsOf(AnalysisFixture.Snapshot()));

    private static RankSet Of(IReadOnlyList<RankedRow> ranked, int id, int epoch, RankedMetric metric) =>
        ranked.Single(r => r.Row.NetworkId == id && r.Row.Epoch == epoch)[metric];

    [Fact]
    public void GlobalRanksUseMinRankForTies()
    {
        var ranked = Ranked();

        // 11 rows (network 5 has only epoch 2). Params low→high: 3,3 (5000) → 1; 0,0 → 3; 4,4,5 (9000) → 5; 1,1 → 8; 2,2 → 10.
        Assert.Equal(11, ranked.Count);
        Assert.Equal(new Rank(1, 11), Of(ranked, 3, 1, RankedMetric.Params).Global);
        Assert.Equal(new Rank(3, 11), Of(ranked, 0, 2, RankedMetric.Params).Global);
        Assert.Equal(new Rank(5, 11), Of(ranked, 5, 2, RankedMetric.Params).Global);
        Assert.Equal(new Rank(10, 11), Of(ranked, 2, 1, RankedMetric.Params).Global);

        // Accuracy high→low: .995 → 1; .99 ×2 → 2; .985 → 4; .96 → 5; .95 → 6; .90 ×2 → 7; .85 → 9; .80 → 10; .70 → 11.
        Assert.Equal(new Rank(2, 11), Of(ranked, 1, 2, RankedMetric.Accuracy).Global);
        Assert.Equal(new Rank(4, 11), Of(ranked, 4, 2, RankedMetric.Accuracy).Global);
        Assert.Equal(new Rank(7, 11), Of(ranked, 3, 1, RankedMetric.Accuracy).Global);
        Assert.Equal(new Rank(11, 11), Of(ranked, 1, 1, RankedMetric.Accuracy).Global);
    }

    [Fact]
    public void GroupFormAndSnapshotRanksAreDense()
    {
        var ranked = Ranked();

        // Conv2d rows: 3,3 (5000), 4,4 (9000), 5 (9000) → dense 1 and 2, out of 5.
        Assert.Equal(new Rank(2, 5), Of(ranked, 5, 2, RankedMetric.Params).Group);
        // Form Conv2dReLU rows: 3,3,4,4 → 4 is 2 of 4.
        Assert.Equal(new Rank(2, 4), Of(ranked, 4, 1, RankedMetric.Params).Form);
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

        // Times: 10, 20, 30, 40, 50 at epoch 1; 20, 40, 60, 80, 100, 120 at epoch 2. Network 0 at epoch 1 (10 s) is first;
        // at epoch 2 (20 s) it ties network 1 at epoch 1 → both 2.
        Assert.Equal(1, Of(ranked, 0, 1, RankedMetric.TrainingTime).Global!.Position);
        Assert.Equal(2, Of(ranked, 0, 2, RankedMetric.TrainingTime).Global!.Position);
        Assert.Equal(2, Of(ranked, 1, 1, RankedMetric.TrainingTime).Global!.Position);
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
