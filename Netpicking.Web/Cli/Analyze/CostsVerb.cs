using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze costs</c>: the four costs per family and the family × activation counts.</summary>
public sealed class CostsVerb() : AnalyzeVerb<GoodGoldRequest, CostDistributionsResult>(CostDistributions.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<GoodGoldRequest, CostDistributionsResult> run)
    {
        var costs = run.Result;
        foreach (var cost in costs.Costs)
        {
            output.WriteLine($"{CostKeys.Key(cost.Cost)} per family{(cost.LogAxis ? " (log axis on the dashboard)" : "")}:");
            var table = new TextTable(1, "family", "networks", "gold", "min", "q1", "median", "q3", "max");
            foreach (var box in cost.ByFamily)
            {
                table.Add([box.Family, Int(box.Stats.Count), Int(box.GoldMembers.Count), .. Quartiles(box.Stats, v => CostText.Cell(cost.Cost, v))]);
            }

            table.Write(output, "  ");
            output.WriteLine();
        }

        var counts = costs.Counts;
        output.WriteLine("Networks per family × activation (networks / good / gold):");
        var grid = new TextTable(1, ["family", .. counts.Activations]);
        for (var row = 0; row < counts.Families.Count; row++)
        {
            grid.Add([counts.Families[row], .. counts.Activations.Select((_, c) =>
                counts.Counts[row][c] == 0 ? "–" : $"{counts.Counts[row][c]} / {counts.GoodCounts[row][c]} / {counts.GoldCounts[row][c]}")]);
        }

        grid.Write(output, "  ");
    }
}
