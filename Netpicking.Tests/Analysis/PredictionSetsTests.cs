using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class PredictionSetsTests
{
    // Class 0 0.5, class 1 0.3, class 2 0.1, classes 3 and 4 0.05, the rest 0.
    private static readonly float[] Row = [0.5f, 0.3f, 0.1f, 0.05f, 0.05f, 0, 0, 0, 0, 0];

    private static readonly RapsOptions Penalised = new(KReg: 1, Lambda: 0.1, Randomized: false);

    [Fact]
    public void ConformalScoreAddsThePenaltyPastKReg()
    {
        // Truth 0 at rank 1: 0.5. Truth 1 at rank 2: 0.8 + 0.1·(2−1) = 0.9. Truth 2 at rank 3: 0.9 + 0.1·2 = 1.1.
        Assert.Equal(0.5, PredictionSets.ConformalScore(Row, 0, 0, Penalised, 0), 6);
        Assert.Equal(0.9, PredictionSets.ConformalScore(Row, 0, 1, Penalised, 0), 6);
        Assert.Equal(1.1, PredictionSets.ConformalScore(Row, 0, 2, Penalised, 0), 6);
        // Randomised with u = 0.5: 0.9 − 0.5·0.3 = 0.75.
        Assert.Equal(0.75, PredictionSets.ConformalScore(Row, 0, 1, Penalised with { Randomized = true }, 0.5), 6);
    }

    [Fact]
    public void ThresholdIsTheCorrectedQuantile()
    {
        double[] scores = [0.5, 0.9, 1.1, 0.7];

        // n = 4. α 0.4: ⌈0.6·5⌉ = 3rd smallest of 0.5 0.7 0.9 1.1 = 0.9. α 0.2: ⌈0.8·5⌉ = 4th = 1.1.
        Assert.Equal(0.9, PredictionSets.Threshold(scores, 0.4));
        Assert.Equal(1.1, PredictionSets.Threshold(scores, 0.2));
        // α 0.05: ⌈0.95·5⌉ = 5 > 4 scores: every class is in every set.
        Assert.Equal(double.PositiveInfinity, PredictionSets.Threshold(scores, 0.05));
        Assert.Equal(10, PredictionSets.SetSize(Row, 0, double.PositiveInfinity, Penalised, 0));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void ThresholdMatchesTheSortedOrderWithManyTies(double alpha)
    {
        // 1,000 scores drawn from only 17 values, so ties are everywhere; the reference is a plain sort.
        var random = new Netpicking.Core.Common.SplitMix64(5);
        var scores = Enumerable.Range(0, 1000).Select(_ => random.NextInt(17) / 16.0).ToArray();
        var sorted = scores.Order().ToArray();
        var k = (int)Math.Ceiling((1 - alpha) * 1001 - 1e-9);

        Assert.Equal(sorted[Math.Max(k, 1) - 1], PredictionSets.Threshold(scores, alpha));
    }

    [Fact]
    public void NonRandomisedSetsStopAfterTheFirstClassPastTau()
    {
        // τ 0.95 with penalties: 0.5 ≤ τ, 0.8 + 0.1 ≤ τ, 0.9 + 0.2 > τ → two classes below, the set holds three.
        Assert.Equal(3, PredictionSets.SetSize(Row, 0, 0.95, Penalised, 0));
        // τ 0.3: already 0.5 > τ → a set of one (the argmax).
        Assert.Equal(1, PredictionSets.SetSize(Row, 0, 0.3, Penalised, 0));
    }

    [Fact]
    public void RandomisedSetsDropTheLastClassWhenUIsAtLeastV()
    {
        var plain = new RapsOptions(KReg: 0, Lambda: 0, Randomized: true);

        // τ 0.85, no penalty: 0.5 and 0.8 ≤ τ, 0.9 > τ → s = 3; V = (0.85 − 0.8) / 0.1 = 0.5.
        Assert.Equal(3, PredictionSets.SetSize(Row, 0, 0.85, plain, u: 0.3));
        Assert.Equal(2, PredictionSets.SetSize(Row, 0, 0.85, plain, u: 0.7));
        // τ 0.3: s = 1, V = 0.3 / 0.5 = 0.6; u 0.7 would empty it, but sets are never empty.
        Assert.Equal(1, PredictionSets.SetSize(Row, 0, 0.3, plain, u: 0.7));
    }

    [Fact]
    public void SplitsEvaluationImagesFiveWays()
    {
        var snapshot = RapsSnapshot();
        var options = new RapsOptions(Alpha: 0.6, Lambda: 0, Randomized: false);

        var stats = PredictionSets.Evaluate(snapshot, 0, [0, 1, 2, 3], [4, 5, 6, 7, 8, 9, 10, 11], options, SetOutcomeWeights.Default);

        // Calibration scores: A truth 0 → 0.95; B truth 0 → 0.6; B truth 1 → 0.9; A truth 1 → 1.0.
        // α 0.6, n 4: ⌈0.4·5⌉ = 2nd smallest = 0.9.
        Assert.Equal(0.9, stats.Threshold, 6);
        // Sets: A (0.95 > τ) → {0}; D (0.7, 0.95) → {0, 1}; C (0.5, 0.8, 1.0) → {0, 1, 2}.
        // e4 A/0 correct sure; e5 A/1 wrong sure; e6 D/0 correct unsure; e7 D/1 wrong inside; e8 C/2 wrong inside;
        // e9 D/2 wrong outside; e10 C/3 wrong outside; e11 A/0 correct sure.
        Assert.Equal((2, 1, 1, 2, 2), (stats.CorrectSure, stats.CorrectUnsure, stats.WrongSure, stats.WrongTruthOutside, stats.WrongTruthInside));
        // Sizes 1 1 2 2 3 2 3 1 = 15 / 8; covered e4 e6 e7 e8 e11 = 5 / 8; right 3 / 8.
        Assert.Equal(15.0 / 8, stats.MeanSetSize, 12);
        Assert.Equal(5.0 / 8, stats.Coverage, 12);
        Assert.Equal(3.0 / 8, stats.Accuracy, 12);
        // (2·1 + 1·(−6) + 1·(−12) + 2·(−9) + 2·(−8)) / 8 = −50 / 8.
        Assert.Equal(-6.25, stats.WeightedScore, 12);
    }

    [Fact]
    public void RandomisedRunsRepeatForTheSameSeed()
    {
        var snapshot = AnalysisFixture.Snapshot();

        var first = PredictionSets.Compute(snapshot, cancellationToken: TestContext.Current.CancellationToken);
        var second = PredictionSets.Compute(snapshot, cancellationToken: TestContext.Current.CancellationToken);

        // 12 images: 6 calibrate, 6 are evaluated; α 0.05 with 6 scores → ⌈0.95·7⌉ = 7 > 6, so τ = ∞ and every set holds 10.
        Assert.Equal((6, 6), (first.CalibrationImages, first.EvaluationImages));
        Assert.Equal(first.Networks, second.Networks);
        Assert.All(first.Networks, n =>
        {
            Assert.Equal(10, n.MeanSetSize);
            Assert.Equal(1, n.Coverage);
            Assert.Equal(6, n.CorrectSure + n.CorrectUnsure + n.WrongSure + n.WrongTruthOutside + n.WrongTruthInside);
        });
    }

    [Fact]
    public void SplitIsSeededAndCoversEveryImage()
    {
        var (calibration, evaluation) = PredictionSets.Split(10_000, 42);

        Assert.Equal(5000, calibration.Length);
        Assert.Equal(Enumerable.Range(0, 10_000), calibration.Concat(evaluation).Order());
        Assert.Equal(calibration, PredictionSets.Split(10_000, 42).Calibration);
        Assert.NotEqual(calibration, PredictionSets.Split(10_000, 43).Calibration);
    }

    /// <summary>
    /// One network, twelve images, every argmax class 0. Row kinds: A (0.95, 0.05), B (0.6, 0.3, 0.1), C (0.5, 0.3, 0.2),
    /// D (0.7, 0.25, 0.05). Images 0–3 calibrate (A/0, B/0, B/1, A/1 as kind/label), 4–11 are evaluated
    /// (A/0, A/1, D/0, D/1, C/2, D/2, C/3, A/0).
    /// </summary>
    private static PopulationSnapshot RapsSnapshot()
    {
        float[] a = [0.95f, 0.05f], b = [0.6f, 0.3f, 0.1f], c = [0.5f, 0.3f, 0.2f], d = [0.7f, 0.25f, 0.05f];
        (float[] Row, byte Label)[] images =
        [
            (a, 0), (b, 0), (b, 1), (a, 1),
            (a, 0), (a, 1), (d, 0), (d, 1), (c, 2), (d, 2), (c, 3), (a, 0),
        ];
        var probabilities = new float[images.Length * 10];
        for (var i = 0; i < images.Length; i++)
        {
            images[i].Row.CopyTo(probabilities, i * 10);
        }

        var network = AnalysisFixture.Networks()[0];
        return new PopulationSnapshot(
            AnalysisFixture.Scope(2), [1, 2], [network], images.Select(x => x.Label).ToArray(),
            [new byte[images.Length]], _ => probabilities);
    }
}
