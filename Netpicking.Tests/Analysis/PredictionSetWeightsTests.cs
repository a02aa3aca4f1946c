using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class PredictionSetWeightsTests
{
    [Fact]
    public void ScoreWeighsTheFractionsOfTheFiveOutcomes()
    {
        // 6 correct & sure, 2 correct & unsure, 1 wrong & sure, 1 outside, 0 inside of 10: (6 − 12 − 12 − 9) / 10.
        Assert.Equal(-2.7, SetOutcomeWeights.Default.Score(6, 2, 1, 1, 0), 12);
        Assert.Equal(0.8, new SetOutcomeWeights(1, 1, 0, 0, 0).Score(6, 2, 1, 1, 0), 12);
        Assert.True(double.IsNaN(SetOutcomeWeights.Default.Score(0, 0, 0, 0, 0)));
    }

    [Fact]
    public void ReweightingMatchesComputingWithTheNewWeights()
    {
        var snapshot = AnalysisFixture.Snapshot();
        var weights = new SetOutcomeWeights(2, -1, -3, -0.5, 0);

        var reweighted = PredictionSets.Compute(snapshot, cancellationToken: TestContext.Current.CancellationToken).Reweighted(weights);
        var direct = PredictionSets.Compute(snapshot, weights: weights, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(weights, reweighted.Weights);
        Assert.Equal(direct.Networks.Select(n => n.WeightedScore), reweighted.Networks.Select(n => n.WeightedScore));
        Assert.NotEqual(PredictionSets.Compute(snapshot, cancellationToken: TestContext.Current.CancellationToken).Networks.Select(n => n.WeightedScore), reweighted.Networks.Select(n => n.WeightedScore));
    }

    [Fact]
    public void ReweightingWithTheSameWeightsKeepsTheResult()
    {
        var result = PredictionSets.Compute(AnalysisFixture.Snapshot(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Same(result, result.Reweighted(SetOutcomeWeights.Default with { }));
    }
}
