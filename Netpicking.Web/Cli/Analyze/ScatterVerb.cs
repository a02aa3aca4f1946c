using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze scatter</c>: the Explorer's points and its top list.</summary>
public sealed class ScatterVerb() : AnalyzeVerb<ScatterRequest, ScatterResult>(OverviewScatter.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<ScatterRequest, ScatterResult> run)
    {
        var (_, request, scatter, _) = run;
        var cost = CostKeys.Key(request.X);
        output.WriteLine($"{Int(scatter.Points.Count)} points ({cost} against {scatter.Y}); top {scatter.Top.Count}:");
        var table = new TextTable(5, "id", "network", "family", "form", "activation", "epoch", cost, scatter.Y.ToString());
        foreach (var p in scatter.Top)
        {
            table.Add(Int(p.NetworkId), p.Name, p.Group, p.Form, p.Activation, Int(p.Epoch), CostText.Cell(request.X, p.X), Format.Percent(p.Y));
        }

        table.Write(output, "  ");
    }
}
