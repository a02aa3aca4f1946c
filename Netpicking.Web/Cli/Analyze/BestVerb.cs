using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze best</c>: the best network and its per-class percentiles.</summary>
public sealed class BestVerb() : AnalyzeVerb<NoRequest, BestNetworkResult?>(BestNetwork.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<NoRequest, BestNetworkResult?> run)
    {
        var (snapshot, _, best, _) = run;
        if (best is null)
        {
            output.WriteLine($"No network has a {snapshot.Scope.Score} at epoch {snapshot.Scope.Epoch}.");
            return;
        }

        output.WriteLine($"Best: {best.Network.Name} (#{best.Network.Id}, {best.Network.Group}, {best.Network.Activation}) with {snapshot.Scope.Score} {Format.Percent(best.Score)}.");
        output.WriteLine($"Best everywhere: {(best.BestEverywhere ? "yes, no network has a higher recall on any class" : "no")}.");
        var table = new TextTable(0, "class", "recall", "percentile", "best or tied");
        foreach (var c in best.Classes)
        {
            table.Add(Int(c.Class), Format.Percent(c.Recall), Format.Number(c.Percentile, 1), c.BestOrTied ? "yes" : "no");
        }

        table.Write(output, "  ");
    }
}
