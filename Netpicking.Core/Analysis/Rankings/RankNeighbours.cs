namespace Netpicking.Core.Analysis;

/// <summary>
/// Whether a network's place in the accuracy order means anything (docs/metrics.md#uncertainty): each network at the
/// scope's epoch is tested against the one just above and the one just below it. Accuracy, because McNemar's test is on
/// per-image correctness; the order is accuracy descending, ties by id, the order the global rank gives.
/// </summary>
public static class RankNeighbours
{
    /// <summary>The rows, those of the scope's epoch given their <see cref="RankedRow.Above"/> and <see cref="RankedRow.Below"/>.</summary>
    public static IReadOnlyList<RankedRow> Attach(PopulationSnapshot snapshot, IReadOnlyList<RankedRow> ranked)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(ranked);
        var key = snapshot.Scope.Key;
        var order = Enumerable.Range(0, snapshot.NetworkCount)
            .Where(i => snapshot.Networks[i].At(snapshot.Scope.Epoch) is { } s && !double.IsNaN(s.Accuracy))
            .OrderByDescending(i => snapshot.Networks[i].At(snapshot.Scope.Epoch)!.Accuracy)
            .ThenBy(i => snapshot.Networks[i].Id)
            .ToArray();
        var above = new Dictionary<int, RankNeighbour>();
        var below = new Dictionary<int, RankNeighbour>();
        for (var k = 1; k < order.Length; k++)
        {
            // One test per adjacent pair, read from either side.
            int upper = order[k - 1], lower = order[k];
            var test = McNemar.Of(snapshot, lower, upper);
            var (up, down) = (snapshot.Networks[upper], snapshot.Networks[lower]);
            above[down.Id] = new RankNeighbour(up.Id, up.Name, test);
            below[up.Id] = new RankNeighbour(down.Id, down.Name, test with { FirstOnly = test.SecondOnly, SecondOnly = test.FirstOnly });
        }

        return ranked
            .Select(r => r.Row.SnapshotKey == key && r.Row.Epoch == snapshot.Scope.Epoch
                ? r with { Above = above.GetValueOrDefault(r.Row.NetworkId), Below = below.GetValueOrDefault(r.Row.NetworkId) }
                : r)
            .ToArray();
    }
}
