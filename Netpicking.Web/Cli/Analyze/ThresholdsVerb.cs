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
            text.Add([Int(row.Epoch), Int(row.Networks), .. row.Counts.Select(c => Int(c))]);
        }

        text.Write(output);
    }
}
