namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 4: scores per family per tested epoch, and the networks whose score moved most between two
/// consecutive tested epochs. Consecutive means consecutive in the run's tested epochs: a network missing
/// one of the two has no move for that pair.
/// </summary>
public static class EpochOverEpoch
{
    public const int DefaultMovers = 10;

    public static EpochOverEpochResult Compute(PopulationSnapshot snapshot, int movers = DefaultMovers)
    {
        var boxes = new List<EpochBox>();
        var networks = snapshot.Networks;
        foreach (var family in DisplayOrder.Families(networks.Select(n => n.Group)))
        {
            foreach (var epoch in snapshot.TestedEpochs)
            {
                var values = new List<double>();
                for (var i = 0; i < networks.Count; i++)
                {
                    if (networks[i].Group == family)
                    {
                        values.Add(snapshot.ScoreAt(i, epoch));
                    }
                }

                boxes.Add(new EpochBox(family, epoch, BoxStatistics.Of(values)));
            }
        }

        var moves = new List<ScoreMove>();
        for (var i = 0; i < networks.Count; i++)
        {
            for (var e = 1; e < snapshot.TestedEpochs.Count; e++)
            {
                var from = snapshot.ScoreAt(i, snapshot.TestedEpochs[e - 1]);
                var to = snapshot.ScoreAt(i, snapshot.TestedEpochs[e]);
                if (!double.IsNaN(from) && !double.IsNaN(to))
                {
                    moves.Add(new ScoreMove(i, networks[i].Id, networks[i].Name, snapshot.TestedEpochs[e - 1], snapshot.TestedEpochs[e], from, to));
                }
            }
        }

        // Ties by network id then epoch, so the list is stable from run to run.
        var risers = moves.Where(m => m.Change > 0)
            .OrderByDescending(m => m.Change).ThenBy(m => m.NetworkId).ThenBy(m => m.FromEpoch).Take(movers).ToArray();
        var fallers = moves.Where(m => m.Change < 0)
            .OrderBy(m => m.Change).ThenBy(m => m.NetworkId).ThenBy(m => m.FromEpoch).Take(movers).ToArray();
        return new EpochOverEpochResult(boxes, risers, fallers);
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<EpochOverEpochRequest, EpochOverEpochResult> Definition { get; } = new(
        4, "epochs", "Scores per family per tested epoch; the networks that moved most between consecutive tested epochs.",
        EpochOverEpochRequest.Keys, EpochOverEpochRequest.Read, (snapshot, request, _) => request.Compute(snapshot),
        Benchmark: snapshot => [new("4 epoch over epoch", () => Compute(snapshot))]);
}
