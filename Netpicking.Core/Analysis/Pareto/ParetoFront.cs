namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 11: the networks no other network beats on both the scope's score (higher is better) and a cost
/// (lower is better). One network dominates another when it is at least as good on both and better on one,
/// so two networks with the same cost and score are both on the front.
/// </summary>
public static class ParetoFront
{
    public static ParetoResult Compute(PopulationSnapshot snapshot, CostKind cost) =>
        new(cost, Of(snapshot, Enumerable.Range(0, snapshot.NetworkCount), snapshot.Score, cost));

    /// <summary>
    /// The front of <paramref name="candidates"/> (snapshot indices) under any score, cheapest first: the pick function
    /// puts its own objective (e.g. the prediction-set score) and a subset of the population through the same sweep.
    /// Candidates whose score or cost is NaN are left out.
    /// </summary>
    public static IReadOnlyList<int> Of(PopulationSnapshot snapshot, IEnumerable<int> candidates, Func<int, double> score, CostKind cost)
    {
        var order = candidates
            .Where(i => !double.IsNaN(score(i)) && !double.IsNaN(snapshot.Cost(i, cost)))
            .OrderBy(i => snapshot.Cost(i, cost)).ThenByDescending(score).ThenBy(i => snapshot.Networks[i].Id)
            .ToArray();

        // Sweep from cheapest: a network is on the front when it scores strictly more than every cheaper one,
        // or exactly ties the top of its own cost level (same cost, same score: neither dominates).
        var front = new List<int>();
        var bestSoFar = double.NegativeInfinity;
        var k = 0;
        while (k < order.Length)
        {
            var levelCost = snapshot.Cost(order[k], cost);
            var levelTop = score(order[k]);
            var end = k;
            while (end < order.Length && snapshot.Cost(order[end], cost) == levelCost)
            {
                if (score(order[end]) == levelTop && levelTop > bestSoFar)
                {
                    front.Add(order[end]);
                }

                end++;
            }

            bestSoFar = Math.Max(bestSoFar, levelTop);
            k = end;
        }

        return front;
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<ParetoRequest, IReadOnlyList<ParetoResult>> Definition { get; } = new(
        11, "pareto", "Pareto fronts of the score against each cost: the networks no other beats on both.", ParetoRequest.Keys,
        ParetoRequest.Read, (snapshot, request, _) => request.Compute(snapshot),
        Benchmark: snapshot => [new("11 pareto (4 costs)", () => new ParetoRequest().Compute(snapshot))]);
}
