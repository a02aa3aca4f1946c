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

    [Fact]
    public void AThresholdIsChosenCheapestAmongThoseReachingTheTargetElseMostAccurate()
    {
        CascadePoint[] points = [new(0, 0, 0.90, 10), new(0.5, 0.2, 0.95, 30), new(0.9, 0.5, 0.97, 60), new(1, 1, 0.96, 110)];

        Assert.Equal(0.5, Cascade.Choose(points, 0.95)!.Threshold);
        Assert.Equal(0.9, Cascade.Choose(points, 0.99)!.Threshold);
        Assert.Null(Cascade.Choose([], 0.9));
    }

    [Fact]
    public void TheHeldOutThresholdIsChosenOnOneHalfAndReportedOnTheOther()
    {
        var result = Cascade.Compute(AnalysisFixture.Snapshot(), cheap: 0, expensive: 5, CostKind.Params, [0.5, 0.6, 0.95]);
        var (selection, evaluation) = PredictionSets.Split(12, Cascade.HoldoutSeed);

        // From the fixture: the cheap network is wrong on 4, 7, 9, 11; deferring image 7 (threshold 0.6) fixes 7; deferring
        // all (0.95) leaves only the expensive network's miss, 4. Costs rise with the threshold, so the choice is the lowest
        // threshold whose accuracy on the selection half reaches the expensive network's there.
        static double Accuracy(int[] half, int[] wrong) => (double)half.Count(i => !wrong.Contains(i)) / half.Length;
        int[][] wrongAt = [[4, 7, 9, 11], [4, 9, 11], [4]];
        var target = Accuracy(selection, [4]);
        var chosen = Enumerable.Range(0, 3).First(t => Accuracy(selection, wrongAt[t]) >= target);

        var held = result.HeldOut!;
        Assert.Equal((6, 6), (held.SelectionImages, held.HeldOutImages));
        Assert.Equal(new[] { 0.5, 0.6, 0.95 }[chosen], held.OnSelection.Threshold);
        Assert.Equal(held.OnSelection.Threshold, held.OnHeldOut.Threshold);
        Assert.Equal(Accuracy(selection, wrongAt[chosen]), held.OnSelection.Accuracy, 12);
        Assert.Equal(Accuracy(evaluation, wrongAt[chosen]), held.OnHeldOut.Accuracy, 12);
        Assert.Equal((target, Accuracy(evaluation, [4])), (held.ExpensiveOnSelection, held.ExpensiveOnHeldOut));
    }
}
