using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class ThresholdTableTests
{
    [Fact]
    public void CountsNetworksAtEachThresholdPerEpoch()
    {
        var table = ThresholdTable.Compute(AnalysisFixture.Snapshot());

        // Epoch 1 (network 5 has no result): 0.85 0.70 0.95 0.90 0.96
        //   ≥0.80: 0,2,3,4 = 4; ≥0.90: 2,3,4 = 3; ≥0.95: 2,4 = 2; ≥0.99: 0; 1.00: 0.
        Assert.Equal(1, table.Rows[0].Epoch);
        Assert.Equal(5, table.Rows[0].Networks);
        Assert.Equal([4, 3, 2, 0, 0], table.Rows[0].Counts);

        // Epoch 2: 0.90 0.99 0.99 0.80 0.985 0.995
        //   ≥0.80: 6; ≥0.90: all but 3 = 5; ≥0.95: 1,2,4,5 = 4; ≥0.99: 1,2,5 = 3; 1.00: 0.
        Assert.Equal(6, table.Rows[1].Networks);
        Assert.Equal([6, 5, 4, 3, 0], table.Rows[1].Counts);
    }

    [Fact]
    public void TakesCustomThresholds()
    {
        var table = ThresholdTable.Compute(AnalysisFixture.Snapshot(), [0.985]);

        // Epoch 2 scores ≥ 0.985: 0.99, 0.99, 0.985, 0.995.
        Assert.Equal([4], table.Rows[1].Counts);
    }

    [Fact]
    public void ForAccuracyItCountsTheNetworksWhoseWholeIntervalIsAtOrAboveEachLevel()
    {
        var table = ThresholdTable.Compute(AnalysisFixture.Snapshot(), [0.5, 0.6, 0.7]);

        // Epoch 2 on 12 images: 0.90 0.99 0.99 0.80 0.985 0.995 are 11, 12, 12, 10, 12, 12 right. Lower ends of the 95 %
        // Wilson intervals (worked out with z = 1.96): 12 of 12 → 0.7575, 11 → 0.6461, 10 → 0.5520.
        Assert.Equal([6, 6, 6], table.Rows[1].Counts);
        Assert.Equal([6, 5, 4], table.Rows[1].ClearlyAbove);
    }

    [Fact]
    public void OtherScoresAreNotOneProportionOfTheImagesAndGetNoIntervalCounts()
    {
        var table = ThresholdTable.Compute(AnalysisFixture.Snapshot(ScoreSelector.BalancedAccuracy));

        Assert.All(table.Rows, row => Assert.Null(row.ClearlyAbove));
    }

    [Fact]
    public void NoResultsGiveZeroRows()
    {
        var table = ThresholdTable.Compute(EdgeSnapshots.Empty());

        Assert.Equal(0, Assert.Single(table.Rows).Networks);
        Assert.All(table.Rows[0].Counts, c => Assert.Equal(0, c));
    }
}
