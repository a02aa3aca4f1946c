using System.Globalization;
using Netpicking.Core.Analysis;

namespace Netpicking.Web.Text;

/// <summary>
/// Costs in words, axis titles, units and number formats, the same on every page and on the command line. The keys a
/// URL or a command line names a cost by are the Core's (<see cref="CostKeys"/>).
/// </summary>
public static class CostText
{
    public static string Name(CostKind kind) => kind switch
    {
        CostKind.TrainingTime => "Training time",
        CostKind.Memory => "Memory",
        CostKind.Ops => "Operations",
        _ => "Parameters",
    };

    /// <summary>The quantity and its unit, for axis titles and column heads.</summary>
    public static string Axis(CostKind kind, int epoch) => kind switch
    {
        CostKind.TrainingTime => $"Training time to epoch {epoch.ToString(CultureInfo.InvariantCulture)} (s)",
        CostKind.Memory => "Memory (tensor elements)",
        CostKind.Ops => "Operations (autograd nodes)",
        _ => "Parameters",
    };

    /// <summary>The unit after a number in running text ("12,345 params").</summary>
    public static string Unit(CostKind kind) => kind switch
    {
        CostKind.TrainingTime => "s",
        CostKind.Memory => "elements",
        CostKind.Ops => "ops",
        _ => "params",
    };

    /// <summary>A cost value as tables show it: seconds with one decimal, counts with thousands separators.</summary>
    public static string Value(CostKind kind, double value) =>
        double.IsNaN(value) ? "–"
        : kind == CostKind.TrainingTime ? value.ToString("N1", CultureInfo.InvariantCulture)
        : value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The value with its unit ("12.5 s", "7,850 params").</summary>
    public static string WithUnit(CostKind kind, double value) => $"{Value(kind, value)} {Unit(kind)}";

    /// <summary>The value as a plain-text table cell: seconds with their unit ("12.5 s"), counts bare ("7,850").</summary>
    public static string Cell(CostKind kind, double value) =>
        double.IsNaN(value) ? "–"
        : kind == CostKind.TrainingTime ? $"{Value(kind, value)} s"
        : Format.Count((long)Math.Round(value));

    /// <summary>Plotly's hover format of a cost.</summary>
    public static string HoverFormat(CostKind kind) => kind == CostKind.TrainingTime ? ",.1f" : ",.0f";

    /// <summary>Plotly's tick format on a log axis: SI suffixes for counts (1k, 10k, 1M), plain seconds for time.</summary>
    public static string? TickFormat(CostKind kind) => kind == CostKind.TrainingTime ? null : "~s";
}
