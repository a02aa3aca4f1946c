namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 10: one point per network and tested epoch, X a cost (training time cumulative to that epoch) and
/// Y a score; filtered, with a top list that follows the filter. Points without a value on either axis are left out.
/// </summary>
public static class OverviewScatter
{
    public const int DefaultTop = 10;

    public static ScatterResult Compute(
        PopulationSnapshot snapshot, CostKind x, ScoreSelector y, ScatterFilter? filter = null, int top = DefaultTop)
    {
        filter ??= ScatterFilter.None;
        var points = new List<ScatterPoint>();
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            var network = snapshot.Networks[i];
            foreach (var scores in network.Epochs)
            {
                var xValue = network.Cost(x, scores.Epoch);
                var yValue = y.Of(scores);
                if (double.IsNaN(xValue) || double.IsNaN(yValue) || !filter.Keeps(network, scores.Epoch, xValue, yValue))
                {
                    continue;
                }

                points.Add(new ScatterPoint(i, network.Id, network.Name, network.Group, network.Form, network.Activation, scores.Epoch, xValue, yValue));
            }
        }

        var best = points.OrderByDescending(p => p.Y).ThenBy(p => p.X).ThenBy(p => p.NetworkId).ThenBy(p => p.Epoch).Take(top).ToArray();
        return new ScatterResult(x, y, points, best);
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<ScatterRequest, ScatterResult> Definition { get; } = new(
        10, "scatter", "Overview scatter: one point per network snapshot (X a cost, Y the score), filtered, with the top list.",
        ScatterRequest.Keys, ScatterRequest.Read, (snapshot, request, _) => request.Compute(snapshot),
        Benchmark: snapshot => [new("10 overview scatter", () => Compute(snapshot, CostKind.Params, ScoreSelector.Accuracy))]);
}
