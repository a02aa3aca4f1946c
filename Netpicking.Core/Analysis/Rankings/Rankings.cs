namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 9: ranks of every network snapshot for each cost (lower is better) and score (higher is better)
/// in four scopes, each counting networks at one epoch of one run (the row's snapshot), never network × epoch rows:
/// a network's rank and "out of" at epoch 2 are among the networks at epoch 2 (docs/metrics.md#ranks). Global ranks
/// use min-rank for ties (1, 1, 3); within group, within form and within snapshot use dense ranks (1, 1, 2), so the
/// snapshot rank differs from the global one only where values tie.
/// </summary>
public static class Rankings
{
    public static bool LowerIsBetter(RankedMetric metric) => metric <= RankedMetric.Ops;

    /// <summary>One row per network and tested epoch of the snapshot (every tested epoch, not only the scope's).</summary>
    public static IReadOnlyList<RankingRow> RowsOf(PopulationSnapshot snapshot)
    {
        var rows = new List<RankingRow>();
        foreach (var network in snapshot.Networks)
        {
            foreach (var scores in network.Epochs)
            {
                var scope = snapshot.Scope with { Epoch = scores.Epoch };
                rows.Add(new RankingRow(
                    network.Id, network.Name, network.Group, network.Form, scope.Key, scores.Epoch,
                    [scores.CumulativeSeconds, network.Params, network.MemoryElements, network.Ops,
                     scores.Accuracy, scores.BalancedAccuracy, scores.AucMean]));
            }
        }

        return rows;
    }

    public static IReadOnlyList<RankedRow> Compute(IReadOnlyList<RankingRow> rows)
    {
        var metrics = Enum.GetValues<RankedMetric>();
        var global = new Rank?[metrics.Length][];
        var group = new Rank?[metrics.Length][];
        var form = new Rank?[metrics.Length][];
        var snapshot = new Rank?[metrics.Length][];
        foreach (var metric in metrics)
        {
            var m = (int)metric;
            global[m] = RankWithin(rows, m, LowerIsBetter(metric), r => r.SnapshotKey, dense: false);
            group[m] = RankWithin(rows, m, LowerIsBetter(metric), r => $"{r.SnapshotKey}\n{r.Group}", dense: true);
            form[m] = RankWithin(rows, m, LowerIsBetter(metric), r => $"{r.SnapshotKey}\n{r.Form}", dense: true);
            snapshot[m] = RankWithin(rows, m, LowerIsBetter(metric), r => r.SnapshotKey, dense: true);
        }

        var ranked = new RankedRow[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var sets = new RankSet[metrics.Length];
            for (var m = 0; m < metrics.Length; m++)
            {
                sets[m] = new RankSet(global[m][i], group[m][i], form[m][i], snapshot[m][i]);
            }

            ranked[i] = new RankedRow(rows[i], sets);
        }

        return ranked;
    }

    private static Rank?[] RankWithin(
        IReadOnlyList<RankingRow> rows, int metric, bool lowerIsBetter, Func<RankingRow, string> partition, bool dense)
    {
        var ranks = new Rank?[rows.Count];
        var parts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (double.IsNaN(rows[i].Values[metric]))
            {
                continue;
            }

            var key = partition(rows[i]);
            if (!parts.TryGetValue(key, out var members))
            {
                parts[key] = members = [];
            }

            members.Add(i);
        }

        foreach (var members in parts.Values)
        {
            var order = members.ToArray();
            var keys = order.Select(i => lowerIsBetter ? rows[i].Values[metric] : -rows[i].Values[metric]).ToArray();
            Array.Sort(keys, order);
            var position = 0;
            for (var k = 0; k < order.Length; k++)
            {
                if (k == 0 || keys[k] != keys[k - 1])
                {
                    position = dense ? position + 1 : k + 1;
                }

                ranks[order[k]] = new Rank(position, order.Length);
            }
        }

        return ranks;
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<RankingsRequest, IReadOnlyList<RankedRow>> Definition { get; } = new(
        9, "rankings", "Rank / out of for every network: global, within its group, its form and its snapshot.", RankingsRequest.Keys,
        RankingsRequest.Read, (snapshot, _, _) => RankingsRequest.Compute(snapshot),
        Benchmark: snapshot => [new("9 rankings", () => RankingsRequest.Compute(snapshot))]);
}
