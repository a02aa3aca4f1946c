namespace Netpicking.Core.Analysis;

/// <summary>Box-plot statistics of a set of values (see <see cref="BoxStats"/> for the method).</summary>
public static class BoxStatistics
{
    public const double WhiskerIqrs = 1.5;

    public static BoxStats Empty { get; } =
        new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, []);

    /// <summary>NaN values (e.g. an AUC that could not be computed) are left out.</summary>
    public static BoxStats Of(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }

        Array.Sort(sorted);
        var q1 = Quantile(sorted, 0.25);
        var q3 = Quantile(sorted, 0.75);
        var low = q1 - WhiskerIqrs * (q3 - q1);
        var high = q3 + WhiskerIqrs * (q3 - q1);
        double lowerWhisker = double.NaN, upperWhisker = double.NaN;
        var outliers = new List<double>();
        foreach (var v in sorted)
        {
            if (v < low || v > high)
            {
                outliers.Add(v);
                continue;
            }

            if (double.IsNaN(lowerWhisker))
            {
                lowerWhisker = v;
            }

            upperWhisker = v;
        }

        return new BoxStats(
            sorted.Length, sorted[0], q1, Quantile(sorted, 0.5), q3, sorted[^1], lowerWhisker, upperWhisker, outliers);
    }

    /// <summary>Type-7 quantile of ascending <paramref name="sorted"/>: h = (n − 1)p, interpolated between neighbours.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
