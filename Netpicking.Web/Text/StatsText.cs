using System.Globalization;
using Netpicking.Core.Analysis;

namespace Netpicking.Web.Text;

/// <summary>
/// Paired tests and intervals in plain words (docs/metrics.md#uncertainty), the same on the pages and the command line:
/// "not distinguishable from #2 at 95 %", "better than the baseline at 95 %: 123 images it gets right that the baseline
/// gets wrong, 45 the other way".
/// </summary>
public static class StatsText
{
    /// <summary>What the tests are on, for captions: McNemar looks at per-image correctness, not at the page's score.</summary>
    public const string Basis =
        "McNemar's test (mid-p) on per-image correctness over the same test images: it compares accuracy, whatever score ranks the networks.";

    /// <summary>"better than X at 95 %", "worse than X at 95 %" or "not distinguishable from X at 95 %", from the first network's side.</summary>
    public static string Verdict(PairedTest test, string other) => test.Verdict switch
    {
        1 => $"better than {other} at 95 %",
        -1 => $"worse than {other} at 95 %",
        _ => $"not distinguishable from {other} at 95 %",
    };

    /// <summary>"123 images it gets right that X gets wrong, 45 the other way".</summary>
    public static string Counts(PairedTest test, string other) =>
        $"{Format.Count(test.FirstOnly)} {Images(test.FirstOnly)} it gets right that {other} gets wrong, {Format.Count(test.SecondOnly)} the other way";

    /// <summary>The verdict, the counts and the p-value in one sentence fragment.</summary>
    public static string Sentence(PairedTest test, string other) =>
        $"{Verdict(test, other)}: {Counts(test, other)} ({PValue(test.MidP)})";

    /// <summary>"p = 0.046", "p < 0.0001".</summary>
    public static string PValue(double p) =>
        double.IsNaN(p) ? "p –" : p < 0.0001 ? "p < 0.0001" : $"p = {p.ToString(p < 0.01 ? "0.0000" : "0.000", CultureInfo.InvariantCulture)}";

    /// <summary>"98.49–98.93 %": a 95 % interval of a proportion.</summary>
    public static string Interval(ProportionInterval interval) =>
        double.IsNaN(interval.Low)
            ? "–"
            : $"{Format.Number(interval.Low * 100, 2)}–{Format.Percent(interval.High)}";

    private static string Images(int count) => count == 1 ? "image" : "images";
}
