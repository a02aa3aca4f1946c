namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 6: the network with the highest score (ties go to the lowest id), and per class the percent of the
/// snapshot's networks (itself included) whose recall on that class is at most its own: 100 means no network
/// beats it there.
/// </summary>
public static class BestNetwork
{
    public static BestNetworkResult? Find(PopulationSnapshot snapshot)
    {
        var best = BestIndex(snapshot);
        if (best < 0)
        {
            return null;
        }

        var bestScores = snapshot.Networks[best].At(snapshot.Scope.Epoch)!;
        var classes = new ClassPercentile[bestScores.ClassRecall.Length];
        for (var c = 0; c < classes.Length; c++)
        {
            var recall = bestScores.ClassRecall[c];
            var atMost = 0;
            for (var i = 0; i < snapshot.NetworkCount; i++)
            {
                var other = snapshot.Networks[i].At(snapshot.Scope.Epoch)!.ClassRecall;
                if (c < other.Length && other[c] <= recall)
                {
                    atMost++;
                }
            }

            classes[c] = new ClassPercentile(c, recall, 100.0 * atMost / snapshot.NetworkCount);
        }

        return new BestNetworkResult(best, snapshot.Networks[best], snapshot.Score(best), classes);
    }

    /// <summary>Snapshot index of the best network, or -1 when no network has a score.</summary>
    public static int BestIndex(PopulationSnapshot snapshot)
    {
        var best = -1;
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            var score = snapshot.Score(i);
            if (double.IsNaN(score))
            {
                continue;
            }

            if (best < 0 || score > snapshot.Score(best)
                || (score == snapshot.Score(best) && snapshot.Networks[i].Id < snapshot.Networks[best].Id))
            {
                best = i;
            }
        }

        return best;
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<NoRequest, BestNetworkResult?> Definition { get; } = new(
        6, "best", "The best network by the score, and its per-class recall percentiles among all networks.", [],
        NoRequest.Read, (snapshot, _, _) => Find(snapshot),
        Benchmark: snapshot => [new("6 best network", () => Find(snapshot))]);
}
