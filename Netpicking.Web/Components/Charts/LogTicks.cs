using System.Globalization;

namespace Netpicking.Web.Components.Charts;

/// <summary>
/// Tick values and labels for log axes (docs/interface.md#charts: readable ticks, 1k, 10k, 100k, 1M). Plotly's own log ticks
/// label the in-between values with bare digits ("2", "5"), which reads as a different quantity; explicit
/// 1-2-5 steps (fewer over wide ranges) with whole labels do not.
/// </summary>
public static class LogTicks
{
    /// <summary>The ticks covering <paramref name="min"/>..<paramref name="max"/> (both &gt; 0), ascending.</summary>
    public static IReadOnlyList<double> Values(double min, double max)
    {
        if (!(min > 0) || !(max >= min) || double.IsInfinity(max))
        {
            return [];
        }

        var low = Math.Floor(Math.Log10(min));
        var high = Math.Ceiling(Math.Log10(max));
        if (high == low)
        {
            high++;
        }

        // Ten or so labels on a 400-pixel axis: 1-2-5 over up to two decades, 1-3 up to four, powers of ten beyond.
        double[] steps = (high - low) switch
        {
            <= 2 => [1, 2, 5],
            <= 4 => [1, 3],
            _ => [1],
        };
        var values = new List<double>();
        for (var exponent = low - 1; exponent <= high; exponent++)
        {
            foreach (var step in steps)
            {
                values.Add(Round(step * Math.Pow(10, exponent)));
            }
        }

        // From the last tick at or below the data to the first at or above it, so neither end of the axis is unlabelled.
        var from = Math.Max(values.FindLastIndex(v => v <= min), 0);
        var to = values.FindIndex(v => v >= max);
        return values.GetRange(from, (to < 0 ? values.Count - 1 : to) - from + 1);
    }

    /// <summary>Counts with SI suffixes: 500, 1k, 20k, 1.5M.</summary>
    public static string Count(double value)
    {
        var (scaled, suffix) = Math.Abs(value) switch
        {
            >= 1e9 => (value / 1e9, "G"),
            >= 1e6 => (value / 1e6, "M"),
            >= 1e3 => (value / 1e3, "k"),
            _ => (value, ""),
        };
        return scaled.ToString("0.##", CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>Seconds as plain numbers with thousands separators: 0.5, 20, 1,000.</summary>
    public static string Seconds(double value) => value.ToString(value < 1 ? "0.###" : "#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Puts the ticks of <paramref name="values"/>'s range on a log y axis, labelled by <paramref name="label"/>.</summary>
    public static void Apply(Plotly.Blazor.LayoutLib.YAxis axis, IEnumerable<double> values, Func<double, string> label)
    {
        var positive = values.Where(v => v > 0 && !double.IsInfinity(v)).ToArray();
        if (positive.Length == 0)
        {
            return;
        }

        var ticks = Values(positive.Min(), positive.Max());
        axis.TickMode = Plotly.Blazor.LayoutLib.YAxisLib.TickModeEnum.Array;
        axis.TickVals = ticks.Select(v => (object)v).ToList();
        axis.TickText = ticks.Select(v => (object)label(v)).ToList();
        axis.TickFormat = null;
    }

    // 0.1 * 3 is 0.30000000000000004: round to the step's own precision so labels and tick positions agree.
    private static double Round(double value) => double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
