using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

/// <summary>
/// The pick on <see cref="AnalysisFixture"/> at epoch 2. The numbers every test works from:
/// | i | params | memory | ops | time (s) | accuracy | recall                                  |
/// | 0 | 7,850  | 1,588  | 4   | 20       | 0.90     | 0.95 everywhere                         |
/// | 1 | 20,000 | 2,000  | 8   | 40       | 0.99     | 0.95 everywhere                         |
/// | 2 | 30,000 | 2,500  | 8   | 60       | 0.99     | 0.95, but 0.99 on class 0               |
/// | 3 | 5,000  | 10,000 | 6   | 80       | 0.80     | 0.95 everywhere                         |
/// | 4 | 9,000  | 12,000 | 6   | 100      | 0.985    | 0.95, but 1.0 on class 1                |
/// | 5 | 9,000  | 15,000 | 6   | 120      | 0.995    | 0.99, but 0.90 on class 3               |
/// </summary>
public sealed class NetworkPickerTests
{
    private static PickResult Pick(PickObjective objective, params PickConstraint[] constraints) =>
        NetworkPicker.Pick(AnalysisFixture.Snapshot(), new PickRequest(constraints, objective));

    private static PickResult Pick(params PickConstraint[] constraints) => Pick(PickObjective.Accuracy, constraints);

    [Fact]
    public void EveryRunnerUpIsTestedAgainstTheAnswer()
    {
        var result = Pick();

        // Network 5 is wrong on image 4 only. Runners-up 1 (wrong on 1, 4), 2 (4, 7, 9, 11), 4 (4, 5, 6, 11), 0 (4, 7, 9, 11),
        // 3 (4, 5, 7, 9, 11): the answer alone is right on 1, 3, 3, 3 and 4 images, never the other way. The largest, 4
        // against 0, has mid-p 2/16 − 1/16 = 0.0625: nothing is distinguishable on 12 images.
        Assert.Equal([(1, 0), (3, 0), (3, 0), (3, 0), (4, 0)], result.RunnerUpTests.Select(t => (t.FirstOnly, t.SecondOnly)));
        Assert.Equal(0.0625, result.RunnerUpTests[^1].MidP, 12);
        Assert.All(result.RunnerUpTests, t => Assert.False(t.Distinguishable));
        Assert.Equal((11, 12), (result.RecommendedAccuracy!.Successes, result.RecommendedAccuracy.Trials));
    }

    [Fact]
    public void WithoutAnAnswerThereIsNothingToTest()
    {
        // No network has at most 1,000 params.
        var result = Pick(PickConstraint.MaxParams(1000));

        Assert.Null(result.Recommended);
        Assert.Empty(result.RunnerUpTests);
        Assert.Null(result.RecommendedAccuracy);
    }

    [Fact]
    public void WithoutConstraintsTheBestNetworkIsTheAnswer()
    {
        var result = Pick();

        // 5 (0.995), then 1 and 2 tie at 0.99 and 1 has fewer params, then 4 (0.985), 0 (0.90), 3 (0.80).
        Assert.Equal(5, result.Recommended!.Index);
        Assert.Equal([1, 2, 4, 0, 3], result.RunnersUp.Select(c => c.Index));
        Assert.Equal(5, result.BestUnconstrained!.Index);
        Assert.Equal(0, result.Gain);
        Assert.Null(result.Binding);
        Assert.Equal(6, result.Satisfying);
        // Front against params (no limit given): see ParetoFrontTests, 3, 0, 5.
        Assert.Equal(CostKind.Params, result.FrontCost);
        Assert.Equal([3, 0, 5], result.Front.Select(c => c.Index));
        Assert.True(result.RecommendedOnFront);
        Assert.StartsWith("Recommended: Conv2dTanh_5 (#5) with accuracy 99.50 %", result.Summary);
    }

    [Fact]
    public void TheConstraintWhoseRemovalGainsMostBinds()
    {
        var result = Pick(PickConstraint.MaxParams(10_000), PickConstraint.MaxMemoryElements(12_000));

        // Params ≤ 10,000 leaves 0, 3, 4, 5; memory ≤ 12,000 then drops 5 (15,000): 4 (0.985) wins, then 0, 3.
        Assert.Equal(4, result.Recommended!.Index);
        Assert.Equal([0, 3], result.RunnersUp.Select(c => c.Index));
        Assert.Equal(3, result.Satisfying);
        Assert.Equal(0.995 - 0.985, result.Gain, 9);

        // Without the params limit: memory ≤ 12,000 leaves 0–4 → 1 (0.99, +0.005); it rules out 1 and 2.
        var paramsEffect = result.Effects[0];
        Assert.Equal(1, paramsEffect.BestWithout!.Index);
        Assert.Equal(0.005, paramsEffect.Gain, 9);
        Assert.Equal(2, paramsEffect.Excluded);
        // Without the memory limit: params ≤ 10,000 leaves 0, 3, 4, 5 → 5 (0.995, +0.01): memory binds.
        var memoryEffect = result.Effects[1];
        Assert.Equal(5, memoryEffect.BestWithout!.Index);
        Assert.Equal(0.01, memoryEffect.Gain, 9);
        Assert.Equal(1, result.Binding);

        // Front of accuracy against memory among params ≤ 10,000: 0 (1,588, .90), 3 (10,000, .80) dominated, 4 (12,000, .985),
        // 5 (15,000, .995).
        Assert.Equal(CostKind.Memory, result.FrontCost);
        Assert.Equal([0, 4, 5], result.Front.Select(c => c.Index));
        Assert.True(result.RecommendedOnFront);
        Assert.Contains("Memory ≤ 12,000 elements (48,000 bytes) binds: without it alone the answer would be Conv2dTanh_5 (#5) (1.00 pt better).",
            result.Summary);
    }

    [Fact]
    public void MemoryInBytesIsFourBytesAnElement()
    {
        // 48,000 bytes = 12,000 elements: same answer; one byte less (11,999.75 elements) rules out 4 (12,000) too → 0.
        Assert.Equal(4, Pick(PickConstraint.MaxParams(10_000), PickConstraint.MaxMemoryBytes(48_000)).Recommended!.Index);
        Assert.Equal(0, Pick(PickConstraint.MaxParams(10_000), PickConstraint.MaxMemoryBytes(47_999)).Recommended!.Index);
    }

    [Fact]
    public void RecallFloorsCompareWithTheReferenceNetwork()
    {
        // At least LinearSELU_2's 0.99 on class 0: 2 and 5 (0.99 everywhere but class 3). Time ≤ 100 s drops 5 (120 s).
        var result = Pick(PickConstraint.RecallAtLeast(2, 0), PickConstraint.MaxTrainingSeconds(100));

        Assert.Equal(2, result.Recommended!.Index);
        Assert.Empty(result.RunnersUp);
        Assert.Equal(0.99, result.Effects[0].Limit, 6);
        // Dropping the floor: time ≤ 100 leaves 0–4; 1 and 2 tie at 0.99 and 1 has fewer params → 1, no gain.
        Assert.Equal(1, result.Effects[0].BestWithout!.Index);
        Assert.Equal(0, result.Effects[0].Gain);
        // Dropping the time limit: 2 and 5 → 5, +0.005: time binds, and the front is against time among 2 and 5.
        Assert.Equal(5, result.Effects[1].BestWithout!.Index);
        Assert.Equal(1, result.Binding);
        Assert.Equal(CostKind.TrainingTime, result.FrontCost);
        Assert.Equal([2, 5], result.Front.Select(c => c.Index));
        Assert.StartsWith("recall of class 0 ≥ LinearSELU_2 (#2)'s 99.00 %", result.Effects[0].Label);
    }

    [Fact]
    public void TheObjectiveCanBeAClassRecall()
    {
        // Recall of class 1: 4 has 1.0, 5 0.99, the rest 0.95.
        Assert.Equal(4, Pick(PickObjective.Recall(1)).Recommended!.Index);

        // Ops ≤ 4 leaves only 0 (0.95): 0.05 below 4, and the ops limit binds.
        var result = Pick(PickObjective.Recall(1), PickConstraint.MaxOps(4));
        Assert.Equal(0, result.Recommended!.Index);
        Assert.Equal(0.05, result.Gain, 6);
        Assert.Equal(0, result.Binding);
        Assert.Contains("recall of class 1 95.00 %", result.Summary);
    }

    [Fact]
    public void NoConstraintBindsWhenTheBestBreaksTwo()
    {
        // Memory ≤ 12,000 and time ≤ 100 s both rule out 5, and only 5; each leaves 0–4 alone → 1 either way, no gain.
        var result = Pick(PickConstraint.MaxMemoryElements(12_000), PickConstraint.MaxTrainingSeconds(100));

        Assert.Equal(1, result.Recommended!.Index);
        Assert.Equal(0.005, result.Gain, 9);
        Assert.Null(result.Binding);
        Assert.All(result.Effects, e => Assert.Equal(0, e.Gain));
        Assert.Contains("No single constraint binds: Conv2dTanh_5 (#5) breaks 2 of them.", result.Summary);
    }

    [Fact]
    public void WhenNothingFitsItNamesTheLoosestConstraintToRelax()
    {
        // Params ≤ 6,000 admits only 3 (memory 10,000); memory ≤ 5,000 admits only 0, 1, 2 (params ≥ 7,850): no network fits.
        var result = Pick(PickConstraint.MaxParams(6_000), PickConstraint.MaxMemoryElements(5_000));

        Assert.Null(result.Recommended);
        Assert.Empty(result.RunnersUp);
        Assert.Equal(0, result.Satisfying);
        Assert.True(double.IsNaN(result.Gain));
        // Params: the cheapest of 0, 1, 2 is 0 at 7,850 → 7,850 / 6,000 − 1 = 30.8 %. Memory: 3 needs 10,000 → +100 %.
        Assert.Equal(7_850, result.Effects[0].Needed);
        Assert.Equal(7_850.0 / 6_000 - 1, result.Effects[0].Relaxation, 9);
        Assert.Equal(10_000, result.Effects[1].Needed);
        Assert.Equal(1.0, result.Effects[1].Relaxation, 9);
        Assert.Equal(0, result.Relax);
        Assert.Equal(0, result.RelaxEffect!.AdmittedAtNeeded!.Index);
        Assert.Equal("No network meets all 2 constraints; 6 networks were considered. The loosest constraint to relax is params ≤ 6,000: " +
                     "raising it to 7,850 (30.8 % more) admits Basic_0 (#0) with accuracy 90.00 %.", result.Summary);
        // The front is against the relaxed cost (params) among memory ≤ 5,000: 0 (.90), 1 (.99); 2 scores no more for more.
        Assert.Equal(CostKind.Params, result.FrontCost);
        Assert.Equal([0, 1], result.Front.Select(c => c.Index));
    }

    [Fact]
    public void WhenNoSingleRelaxationIsEnoughItSaysSo()
    {
        // Params ≤ 6,000 admits only 3, ops ≤ 4 only 0, recall of class 1 ≥ 4's 1.0 only 4: any two still contradict.
        var result = Pick(PickConstraint.MaxParams(6_000), PickConstraint.MaxOps(4), PickConstraint.RecallAtLeast(4, 1));

        Assert.Null(result.Recommended);
        Assert.Null(result.Relax);
        Assert.All(result.Effects, e => Assert.Null(e.BestWithout));
        Assert.All(result.Effects, e => Assert.Equal(5, e.Excluded));
        Assert.Contains("Relaxing any one constraint alone is not enough", result.Summary);
        Assert.Contains("Start with params ≤ 6,000", result.Summary);
    }

    [Fact]
    public void ARecallFloorCanBeTheOneToRelax()
    {
        // Recall of class 1 ≥ 4's 1.0 admits only 4 (12,000 elements); memory ≤ 2,000 admits 0 and 1 (recall 0.95 on class 1).
        // Floor: the best recall among 0 and 1 is 0.95 → (1.0 − 0.95) / 1.0 = 5 % lower. Memory: 4 needs 12,000 → +500 %.
        var result = Pick(PickConstraint.MaxMemoryElements(2_000), PickConstraint.RecallAtLeast(4, 1));

        Assert.Null(result.Recommended);
        Assert.Equal(1, result.Relax);
        Assert.Equal(0.95, result.Effects[1].Needed, 6);
        Assert.Equal(0.05, result.Effects[1].Relaxation, 6);
        Assert.Equal(5.0, result.Effects[0].Relaxation, 9);
        // 0 and 1 both reach 0.95; 1 ranks first (0.99).
        Assert.Equal(1, result.RelaxEffect!.AdmittedAtNeeded!.Index);
        Assert.Contains("lowering the bar from 100.00 % to 95.00 % (5.0 % lower) admits LinearReLU_1 (#1)", result.Summary);
    }

    [Fact]
    public void AReferenceWithoutResultsIsAnError()
    {
        var error = Assert.Throws<ArgumentException>(() => Pick(PickConstraint.RecallAtLeast(42, 0)));
        Assert.Contains("#42", error.Message);
    }

    [Fact]
    public void AnEmptyPopulationSaysWhatToDo()
    {
        var result = NetworkPicker.Pick(EdgeSnapshots.Empty(), new PickRequest([PickConstraint.MaxParams(1)], PickObjective.Accuracy));

        Assert.Null(result.Recommended);
        Assert.Null(result.BestUnconstrained);
        Assert.Equal(0, result.Candidates);
        Assert.StartsWith("No network has results for accuracy", result.Summary);
    }

    [Fact]
    public void TheSetScoreIsThePredictionSetWeightedScore()
    {
        var weights = new SetOutcomeWeights(1, 0, 0, 0, 0);
        var raps = new RapsOptions(Alpha: 0.2, Randomized: false);
        var objective = PickObjective.SetScore(weights, raps);
        var snapshot = AnalysisFixture.Snapshot();

        var result = NetworkPicker.Pick(snapshot, new PickRequest([], objective));

        // With weights 1, 0, 0, 0, 0 the score is the share of evaluation images answered right with a set of one.
        var sets = PredictionSets.Compute(snapshot, raps, weights, TestContext.Current.CancellationToken).Networks;
        Assert.Equal(sets.Select(s => (double)s.CorrectSure / s.Evaluated), result.Values);
        var best = sets.OrderByDescending(s => s.WeightedScore).ThenBy(s => snapshot.Networks[s.NetworkIndex].Params).First();
        Assert.Equal(best.NetworkIndex, result.Recommended!.Index);
        Assert.True(PickObjective.SetScore().NeedsProbabilities);
    }

    [Theory]
    [InlineData("accuracy", PickObjectiveKind.Accuracy, 0)]
    [InlineData("Balanced-Accuracy", PickObjectiveKind.BalancedAccuracy, 0)]
    [InlineData("recall:7", PickObjectiveKind.ClassRecall, 7)]
    [InlineData("recall-3", PickObjectiveKind.ClassRecall, 3)]
    [InlineData("set-score", PickObjectiveKind.SetScore, 0)]
    public void ObjectivesReadBackFromTheirNames(string text, PickObjectiveKind kind, int classIndex)
    {
        Assert.True(PickObjective.TryParse(text, null, out var objective));
        Assert.Equal(kind, objective.Kind);
        Assert.Equal(classIndex, objective.ClassIndex);
        Assert.True(PickObjective.TryParse(objective.Name, null, out var again));
        Assert.Equal(objective, again);
    }

    [Theory]
    [InlineData("recall:10")]
    [InlineData("recall")]
    [InlineData("auc")]
    [InlineData("")]
    public void UnknownObjectivesAreRejected(string text) => Assert.False(PickObjective.TryParse(text, null, out _));
}
