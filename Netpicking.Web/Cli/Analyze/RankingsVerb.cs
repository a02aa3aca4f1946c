using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze rankings</c>: every network's rank / out of in the four scopes, by one metric.</summary>
public sealed class RankingsVerb() : AnalyzeVerb<RankingsRequest, IReadOnlyList<RankedRow>>(Rankings.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<RankingsRequest, IReadOnlyList<RankedRow>> run)
    {
        var (snapshot, request, ranked, _) = run;
        var metric = request.Metric ?? RankedMetric.Accuracy;
        output.WriteLine($"Ranked by {ScoreText.Metric(metric)} ({(Rankings.LowerIsBetter(metric) ? "lower" : "higher")} is better):");
        var table = new TextTable(4, "id", "network", "family", "form", "epoch", ScoreText.Metric(metric), "global", "in group", "in form", "in snapshot", "against the next better by accuracy");
        var rows = ranked.Where(r => request.AllEpochs || r.Row.Epoch == snapshot.Scope.Epoch)
            .OrderBy(r => r[metric].Global?.Position ?? int.MaxValue).ThenBy(r => r.Row.NetworkId).ThenBy(r => r.Row.Epoch);
        foreach (var row in rows)
        {
            var ranks = row[metric];
            table.Add(Int(row.Row.NetworkId), row.Row.Name, row.Row.Group, row.Row.Form, Int(row.Row.Epoch), ScoreText.MetricCell(metric, row.Row.Values[(int)metric]),
                RankText(ranks.Global), RankText(ranks.Group), RankText(ranks.Form), RankText(ranks.Snapshot),
                row.Above is { } above ? $"{StatsText.Verdict(above.Test, $"#{above.NetworkId}")} ({StatsText.PValue(above.Test.MidP)})" : "–");
        }

        table.Write(output, "  ");
        output.WriteLine($"Ranks count the networks at each row's epoch. {StatsText.Basis}");
    }
}
