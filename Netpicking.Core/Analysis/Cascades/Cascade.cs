namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 13: a cheap network answers, and defers an image to an expensive one when its top probability is
/// below the threshold. Only the cheap network's probabilities are needed; the answers are the stored argmaxes.
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
        var cheapAnswers = snapshot.Predictions(cheap);
        var expensiveAnswers = snapshot.Predictions(expensive);
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
        var points = new CascadePoint[thresholds.Count];
        for (var t = 0; t < thresholds.Count; t++)
        {
            var threshold = thresholds[t];
            int deferred = 0, correct = 0;
            for (var image = 0; image < images; image++)
            {
                var defer = top[image] < threshold;
                deferred += defer ? 1 : 0;
                var answer = defer ? expensiveAnswers[image] : cheapAnswers[image];
                correct += answer == labels[image] ? 1 : 0;
            }

            var rate = images == 0 ? double.NaN : (double)deferred / images;
            points[t] = new CascadePoint(threshold, rate, images == 0 ? double.NaN : (double)correct / images, cheapCost + rate * expensiveCost);
        }

        return new CascadeResult(cheap, expensive, cost, points);
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<CascadeRequest, CascadeResult?> Definition { get; } = new(
        13, "cascade", "Cascade: a cheap network defers to an expensive one below a confidence threshold; accuracy and cost per threshold.",
        CascadeRequest.Keys, CascadeRequest.Read, (snapshot, request, values) => request.Compute(snapshot, values),
        _ => ProbabilityUse.Some,
        snapshot => [new("13 cascade", () => new CascadeRequest().Compute(snapshot, RequestValues.None))]);
}
