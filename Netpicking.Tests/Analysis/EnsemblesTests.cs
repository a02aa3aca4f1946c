using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class EnsemblesTests
{
    [Fact]
    public void AveragesProbabilities()
    {
        var average = Ensembles.AverageProbabilities(AnalysisFixture.Snapshot(), [0, 1]);

        // Image 7: network 0 says 1 with 0.55 (others 0.05), network 1 says 7 with 0.6 (others 0.4/9).
        // p(7) = (0.05 + 0.6) / 2 = 0.325; p(1) = (0.55 + 0.4/9) / 2 = 0.297222…
        Assert.Equal(0.325, average[7 * 10 + 7], 5);
        Assert.Equal((0.55 + 0.4 / 9) / 2, average[7 * 10 + 1], 5);
    }

    [Fact]
    public void ScoresAnEnsembleByItsAveragedAnswer()
    {
        var score = Ensembles.Score(AnalysisFixture.Snapshot(), [0, 1]);

        // Same answers on 0, 2, 3, 4, 5, 6, 8, 10 (right except 4). Disagreements: image 1: 1 (0.9) beats 7 (0.6) → right;
        // image 7: 7 (0.325) beats 1 (0.297) → right; image 9: 4 (0.9) beats 9 (0.6) → wrong; image 11: 7 beats 1 → wrong.
        // Right: 0 1 2 3 5 6 7 8 10 = 9 of 12.
        Assert.Equal(0.75, score.Accuracy, 12);
    }

    [Fact]
    public void CurveAddsTheCheapestFirst()
    {
        var curve = Ensembles.SizeCurve(AnalysisFixture.Snapshot(), CostKind.Params, maxSize: 2, cancellationToken: TestContext.Current.CancellationToken);

        // Cheapest: 3 (5000), then 0 (7850). Network 3 alone: 7 of 12 right.
        // With 0: image 5 ties 5 vs 3 at 0.9 + 0.1/9 → the lower class 3, wrong; image 7: 3 (0.9) beats 1 (0.55), wrong;
        // network 0's other right answers stay: 0 1 2 3 6 8 10 = 7 of 12.
        Assert.Equal([3, 0], curve.Steps.Select(s => s.Added));
        Assert.Equal(7.0 / 12, curve.Steps[0].Accuracy, 12);
        Assert.Equal(7.0 / 12, curve.Steps[1].Accuracy, 12);
        Assert.Equal(12850, curve.Steps[1].TotalCost);
        // The target is the best network's accuracy, 0.995: not reached.
        Assert.Equal(0.995, curve.TargetAccuracy);
        Assert.Null(curve.SizeToMatch);
    }

    [Fact]
    public void GreedyStopsWhenNothingHelpsWithinTheBudget()
    {
        var greedy = Ensembles.Greedy(AnalysisFixture.Snapshot(), CostKind.Params, budget: 15000, cancellationToken: TestContext.Current.CancellationToken);

        // Within 15000: 0 (8 right), 3 (7), 4 (8), 5 (11) → 5. Left 6000: only 3 fits; {5, 3} ties (0.9 each) on
        // images 5, 7, 9 and 11 and the lower class wins: 3, 3, 4 wrong, 1 right → 8 < 11, so stop.
        var step = Assert.Single(greedy.Steps);
        Assert.Equal(5, step.Added);
        Assert.Equal(11.0 / 12, greedy.Accuracy, 12);
        Assert.Equal(9000, step.TotalCost);
    }

    [Fact]
    public void TheHeldOutGreedySearchChoosesOnOneHalfAndIsScoredOnTheOther()
    {
        var snapshot = AnalysisFixture.Snapshot();
        var greedy = Ensembles.Greedy(snapshot, CostKind.Params, budget: 15000, cancellationToken: TestContext.Current.CancellationToken);
        var (selection, evaluation) = PredictionSets.Split(12, Ensembles.HoldoutSeed);

        // Within 15000 only 0, 3, 4 and 5 fit, and network 5's one miss (image 4) is a miss of every other: on any half
        // network 5 is at least as good as each, and with 5 chosen nothing else fits but 3, which never helps (see above).
        // So the search on a half keeps network 5 alone unless a lower index ties it there; either way the held-out
        // accuracy is the chosen network's right answers on the other half.
        static int Right(int[] half, int[] wrong) => half.Count(i => !wrong.Contains(i));
        var wrong = new Dictionary<int, int[]> { [0] = [4, 7, 9, 11], [3] = [4, 5, 7, 9, 11], [4] = [4, 5, 6, 11], [5] = [4] };
        var first = wrong.Keys.Order().First(i => Right(selection, wrong[i]) == Right(selection, wrong[5]));

        var held = greedy.HeldOut!;
        Assert.Equal((6, 6), (held.SelectionImages, held.HeldOutImages));
        Assert.Equal(first, held.Members[0]);
        if (held.Members.Count == 1)
        {
            Assert.Equal(Right(selection, wrong[first]) / 6.0, held.SelectionAccuracy, 12);
        }

        Assert.Equal(Ensembles.AccuracyOn(snapshot, held.Members, evaluation), held.HeldOutAccuracy, 12);
        Assert.Equal(Right(evaluation, wrong[5]) / 6.0, Ensembles.AccuracyOn(snapshot, [5], evaluation), 12);
    }

    [Fact]
    public void EmptyEnsembleHasNoScore()
    {
        Assert.True(double.IsNaN(Ensembles.Score(AnalysisFixture.Snapshot(), []).Accuracy));
        Assert.Empty(Ensembles.Greedy(EdgeSnapshots.Empty(), CostKind.Params, 1e9, cancellationToken: TestContext.Current.CancellationToken).Steps);
    }

    [Fact]
    public void SnapshotWithoutProbabilitiesSaysSo()
    {
        var snapshot = new PopulationSnapshot(
            AnalysisFixture.Scope(2), [1, 2], AnalysisFixture.Networks(), AnalysisFixture.Labels, AnalysisFixture.Answers);

        Assert.Throws<InvalidOperationException>(() => Ensembles.Score(snapshot, [0]));
    }
}
