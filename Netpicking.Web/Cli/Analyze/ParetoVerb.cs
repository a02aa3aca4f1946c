using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze pareto</c>: the front of the score against one cost, or each.</summary>
public sealed class ParetoVerb() : AnalyzeVerb<ParetoRequest, IReadOnlyList<ParetoResult>>(ParetoFront.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<ParetoRequest, IReadOnlyList<ParetoResult>> run)
    {
        var snapshot = run.Snapshot;
        foreach (var front in run.Result)
        {
            var cost = CostKeys.Key(front.Cost);
            output.WriteLine($"Front of {snapshot.Scope.Score} against {cost} ({front.Front.Count} networks, cheapest first):");
            var table = new TextTable(3, "id", "network", "family", cost, snapshot.Scope.Score.ToString());
            foreach (var i in front.Front)
            {
                var n = snapshot.Networks[i];
                table.Add(Int(n.Id), n.Name, n.Group, CostText.Cell(front.Cost, snapshot.Cost(i, front.Cost)), Format.Percent(snapshot.Score(i)));
            }

            table.Write(output, "  ");
            output.WriteLine();
        }
    }
}
