namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 13: a cheap network answers, and defers an image to an expensive one when its top probability is
/// below the threshold. Only the cheap network's probabilities are needed; the answers are the stored argmaxes.
/// Every point is measured on the whole test set; <see cref="CascadeResult.HeldOut"/> chooses a threshold on one seeded
/// half and reports it on the other, because a threshold chosen on the images it is scored on is optimistic.
/// </summary>
public static class Cascade
{
    private const int Classes = PopulationSnapshot.ClassCount;

    /// <summary>Thresholds 0, 0.05, …, 1: from never deferring to deferring all but certain answers.</summary>
    public static IReadOnlyList<double> DefaultThresholds { get; } = Enumerable.Range(0, 21).Select(i => i / 20.0).ToArray();

    /// <summary>
    /// The pair a page starts from: the best network (by the scope's score) as the expensive one, and the cheapest good
    /// network (by <paramref name="cost"/>, ties by id) as the cheap one; the cheapest of any when no other network is
    /// good. Null when the snapshot has fewer than two networks with a score.
    /// </summary>
    public static (int Cheap, int Expensive)? DefaultPair(PopulationSnapshot snapshot, CostKind cost, GoodGoldResult goodGold)
    {
        var expensive = BestNetwork.BestIndex(snapshot);
        if (expensive < 0)
        {
            return null;
        }

        var others = Enumerable.Range(0, snapshot.NetworkCount)
            .Where(i => i != expensive && !double.IsNaN(snapshot.Score(i)) && !double.IsNaN(snapshot.Cost(i, cost)))
            .OrderBy(i => snapshot.Cost(i, cost)).ThenBy(i => snapshot.Networks[i].Id)
            .ToArray();
        if (others.Length == 0)
        {
            return null;
        }

        var cheap = others.FirstOrDefault(i => goodGold.Good[i], others[0]);
        return (cheap, expensive);
    }

    public static CascadeResult Compute(
        PopulationSnapshot snapshot, int cheap, int expensive, CostKind cost, IReadOnlyList<double>? thresholds = null)
    {
        thresholds ??= DefaultThresholds;
        var images = snapshot.ImageCount;
        var probabilities = snapshot.Probabilities(cheap);
        // Arrays, not spans: the per-threshold evaluations below are lambdas, which cannot hold a span.
        var cheapAnswers = snapshot.Predictions(cheap).ToArray();
        var expensiveAnswers = snapshot.Predictions(expensive).ToArray();
        var labels = snapshot.Labels;

        var top = new float[images];
        for (var image = 0; image < images; image++)
        {
            var row = probabilities.Slice(image * Classes, Classes);
            var max = row[0];
            for (var c = 1; c < Classes; c++)
            {
                max = Math.Max(max, row[c]);
            }

            top[image] = max;
        }

        var cheapCost = snapshot.Cost(cheap, cost);
        var expensiveCost = snapshot.Cost(expensive, cost);
        CascadePoint At(double threshold, int[]? subset) =>
            Evaluate(top, cheapAnswers, expensiveAnswers, labels, subset, threshold, cheapCost, expensiveCost);

        var points = thresholds.Select(t => At(t, null)).ToArray();
        CascadeHoldout? heldOut = null;
        if (images >= 2 && thresholds.Count > 0)
        {
            // Choose on one seeded half, report on the other: the whole-set table's best row is chosen on the images it is
            // scored on, so it flatters itself (docs/analyses.md#cascade).
            var (selection, evaluation) = PredictionSets.Split(images, HoldoutSeed);
            var onSelection = thresholds.Select(t => At(t, selection)).ToArray();
            var chosen = Choose(onSelection, AccuracyOf(expensiveAnswers, labels, selection))!;
            heldOut = new CascadeHoldout(
                selection.Length, evaluation.Length, chosen, At(chosen.Threshold, evaluation),
                AccuracyOf(expensiveAnswers, labels, selection), AccuracyOf(expensiveAnswers, labels, evaluation));
        }

        return new CascadeResult(cheap, expensive, cost, points) { HeldOut = heldOut };
    }

    /// <summary>The seed of the halves a threshold is chosen on and reported on (the prediction sets' default seed).</summary>
    public const long HoldoutSeed = 42;

    /// <summary>
    /// The threshold a person would take: the cheapest point whose accuracy reaches <paramref name="target"/> (the expensive
    /// network's alone); otherwise the most accurate point. Null when there are no points.
    /// </summary>
    public static CascadePoint? Choose(IReadOnlyList<CascadePoint> points, double target) =>
        points.Where(p => p.Accuracy >= target).MinBy(p => p.AverageCost) ?? points.MaxBy(p => p.Accuracy);

    private static CascadePoint Evaluate(
        float[] top, byte[] cheapAnswers, byte[] expensiveAnswers, byte[] labels, int[]? subset,
        double threshold, double cheapCost, double expensiveCost)
    {
        var count = subset?.Length ?? labels.Length;
        int deferred = 0, correct = 0;
        for (var k = 0; k < count; k++)
        {
            var image = subset is null ? k : subset[k];
            var defer = top[image] < threshold;
            deferred += defer ? 1 : 0;
            var answer = defer ? expensiveAnswers[image] : cheapAnswers[image];
            correct += answer == labels[image] ? 1 : 0;
        }

        var rate = count == 0 ? double.NaN : (double)deferred / count;
        return new CascadePoint(threshold, rate, count == 0 ? double.NaN : (double)correct / count, cheapCost + rate * expensiveCost);
    }

    private static double AccuracyOf(byte[] answers, byte[] labels, int[] subset)
    {
        var correct = 0;
        foreach (var image in subset)
        {
            correct += answers[image] == labels[image] ? 1 : 0;
        }

        return subset.Length == 0 ? double.NaN : (double)correct / subset.Length;
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<CascadeRequest, CascadeResult?> Definition { get; } = new(
        13, "cascade", "Cascade: a cheap network defers to an expensive one below a confidence threshold; accuracy and cost per threshold.",
        CascadeRequest.Keys, CascadeRequest.Read, (snapshot, request, values) => request.Compute(snapshot, values),
        _ => ProbabilityUse.Some,
        snapshot => [new("13 cascade", () => new CascadeRequest().Compute(snapshot, RequestValues.None))]);
}
