using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze thresholds</c>: the threshold table.</summary>
public sealed class ThresholdsVerb() : AnalyzeVerb<ThresholdTableRequest, ThresholdTableResult>(ThresholdTable.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<ThresholdTableRequest, ThresholdTableResult> run)
    {
        var table = run.Result;
        var text = new TextTable(0, ["epoch", "networks", .. table.Thresholds.Select(t => $"≥ {Format.Percent(t, 0)}")]);
        foreach (var row in table.Rows)
        {
            // As on the Scores page: in brackets, those above the level at 95 % (accuracy only).
            text.Add([Int(row.Epoch), Int(row.Networks), .. row.Counts.Select((c, t) => row.ClearlyAbove is { } clearly ? $"{Int(c)} ({Int(clearly[t])})" : Int(c))]);
        }

        text.Write(output);
        if (table.Rows.Any(r => r.ClearlyAbove is not null))
        {
            output.WriteLine("In brackets: networks above the level at 95 % (the whole Wilson interval of their accuracy at or above it).");
        }
    }
}
