using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class BoxStatisticsTests
{
    [Fact]
    public void QuartilesInterpolateLinearly()
    {
        var box = BoxStatistics.Of([4, 1, 3, 2]);

        // Sorted 1 2 3 4, h = 3p: Q1 h=0.75 → 1 + 0.75 = 1.75; median h=1.5 → 2.5; Q3 h=2.25 → 3.25.
        Assert.Equal(1.75, box.Q1, 12);
        Assert.Equal(2.5, box.Median, 12);
        Assert.Equal(3.25, box.Q3, 12);
        Assert.Equal((1.0, 4.0), (box.Min, box.Max));
        Assert.Empty(box.Outliers);
    }

    [Fact]
    public void ValuesBeyondOneAndAHalfIqrAreOutliers()
    {
        var box = BoxStatistics.Of([1, 2, 3, 4, 100]);

        // Q1 = 2, Q3 = 4 (h = 1 and 3), IQR 2, fences −1 and 7: 100 is out, the whiskers end at 1 and 4.
        Assert.Equal([100.0], box.Outliers);
        Assert.Equal(1, box.LowerWhisker);
        Assert.Equal(4, box.UpperWhisker);
        Assert.Equal(100, box.Max);
    }

    [Fact]
    public void EmptyAndSingleValues()
    {
        Assert.True(double.IsNaN(BoxStatistics.Of([]).Median));
        var one = BoxStatistics.Of([0.5]);
        Assert.Equal((0.5, 0.5, 0.5, 0.5), (one.Q1, one.Median, one.Q3, one.UpperWhisker));
    }

    [Fact]
    public void ScoreBoxesGroupByFamilyAndActivation()
    {
        var snapshot = AnalysisFixture.Snapshot();
        var result = ScoreBoxes.Compute(snapshot, GoodAndGold.Classify(snapshot));

        Assert.Equal(["Basic", "Linear", "Conv2d"], result.ByFamily.Select(b => b.Family));
        var conv = result.ByFamily[2];

        // Conv2d at epoch 2: 0.80 0.985 0.995 → Q1 h=0.5 → 0.8925, median 0.985, Q3 h=1.5 → 0.99.
        Assert.Equal(0.8925, conv.Stats.Q1, 12);
        Assert.Equal(0.985, conv.Stats.Median, 12);
        Assert.Equal(0.99, conv.Stats.Q3, 12);
        Assert.Equal([3, 4, 5], conv.Members);
        Assert.Equal([4], conv.GoldMembers);

        // Cells: Basic×None, Linear×ReLU, Linear×SELU, Conv2d×ReLU (3, 4), Conv2d×Tanh (5).
        Assert.Equal(
            ["Basic/None", "Linear/ReLU", "Linear/SELU", "Conv2d/ReLU", "Conv2d/Tanh"],
            result.ByFamilyAndActivation.Select(b => $"{b.Family}/{b.Activation}"));
        Assert.Equal([3, 4], result.ByFamilyAndActivation[3].Members);
    }

    [Fact]
    public void CostBoxesAndCountTable()
    {
        var snapshot = AnalysisFixture.Snapshot();
        var result = CostDistributions.Compute(snapshot, GoodAndGold.Classify(snapshot));

        var parameters = result.Costs.Single(c => c.Cost == CostKind.Params);
        Assert.True(parameters.LogAxis);
        Assert.False(result.Costs.Single(c => c.Cost == CostKind.Ops).LogAxis);

        // Linear params 20000 and 30000: median 25000. Conv2d time at epoch 2: 80, 100, 120 s.
        Assert.Equal(25000, parameters.ByFamily[1].Stats.Median);
        Assert.Equal(100, result.Costs.Single(c => c.Cost == CostKind.TrainingTime).ByFamily[2].Stats.Median);

        var table = result.Counts;
        Assert.Equal(["Basic", "Linear", "Conv2d"], table.Families);
        Assert.Equal(["None", "ReLU", "SELU", "Tanh"], table.Activations);
        Assert.Equal([1, 0, 0, 0], table.Counts[0]);
        Assert.Equal([0, 1, 1, 0], table.Counts[1]);
        Assert.Equal([0, 2, 0, 1], table.Counts[2]);
        // Good: 0 (Basic/None), 2 (Linear/SELU), 3 and 4 (Conv2d/ReLU); gold 2 and 4.
        Assert.Equal([0, 2, 0, 0], table.GoodCounts[2]);
        Assert.Equal([0, 0, 1, 0], table.GoldCounts[1]);
    }
}
