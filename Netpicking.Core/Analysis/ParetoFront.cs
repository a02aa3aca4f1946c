namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 11: the networks no other network beats on both the scope's score (higher is better) and a cost
/// (lower is better). One network dominates another when it is at least as good on both and better on one,
/// so two networks with the same cost and score are both on the front.
/// </summary>
public static class ParetoFront
{
    public static ParetoResult Compute(PopulationSnapshot snapshot, CostKind cost)
    {
        var order = Enumerable.Range(0, snapshot.NetworkCount)
            .Where(i => !double.IsNaN(snapshot.Score(i)) && !double.IsNaN(snapshot.Cost(i, cost)))
            .OrderBy(i => snapshot.Cost(i, cost)).ThenByDescending(snapshot.Score).ThenBy(i => snapshot.Networks[i].Id)
            .ToArray();

        // Sweep from cheapest: a network is on the front when it scores strictly more than every cheaper one,
        // or exactly ties the top of its own cost level (same cost, same score: neither dominates).
        var front = new List<int>();
        var bestSoFar = double.NegativeInfinity;
        var k = 0;
        while (k < order.Length)
        {
            var levelCost = snapshot.Cost(order[k], cost);
            var levelTop = snapshot.Score(order[k]);
            var end = k;
            while (end < order.Length && snapshot.Cost(order[end], cost) == levelCost)
            {
                if (snapshot.Score(order[end]) == levelTop && levelTop > bestSoFar)
                {
                    front.Add(order[end]);
                }

                end++;
            }

            bestSoFar = Math.Max(bestSoFar, levelTop);
            k = end;
        }

        return new ParetoResult(cost, front);
    }
}
