using Netpicking.Core.Analysis;
using Netpicking.Web.Text;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze baseline</c>: the best network against Basic.</summary>
public sealed class BaselineVerb() : AnalyzeVerb<NoRequest, BaselineComparison?>(BestVsBaseline.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<NoRequest, BaselineComparison?> run)
    {
        if (run.Result is not { } comparison)
        {
            output.WriteLine("No comparison: the scope has no Basic network or no network with a score.");
            return;
        }

        output.WriteLine($"Best: {comparison.Best.Name} (#{comparison.Best.Id}) · baseline: {comparison.Baseline.Name} (#{comparison.Baseline.Id})");
        var table = new TextTable(1, "measure", "best", "baseline", "best / baseline");
        foreach (var row in comparison.Rows)
        {
            Func<double, string> text = CostKeys.TryParse(row.Measure, out var kind) ? v => CostText.Cell(kind, v) : v => Format.Percent(v);
            table.Add(row.Measure, text(row.Best), text(row.Baseline), double.IsNaN(row.Ratio) ? "–" : $"{Format.Number(row.Ratio, 3)} ×");
        }

        table.Write(output, "  ");
        if (comparison.Test is { } test)
        {
            output.WriteLine($"The best network is {StatsText.Sentence(test, "the baseline")}.");
        }

        if (comparison is { BestAccuracy: { } best, BaselineAccuracy: { } baseline })
        {
            output.WriteLine($"Accuracy {Format.Percent(best.Estimate)} (95 % interval {StatsText.Interval(best)}) against {Format.Percent(baseline.Estimate)} ({StatsText.Interval(baseline)}).");
        }

        output.WriteLine($"({StatsText.Basis})");
    }
}
