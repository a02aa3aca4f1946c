namespace Netpicking.Core.Analysis;

/// <summary>
/// A box plot's numbers. Quartiles use linear interpolation between order statistics (Hyndman–Fan type 7,
/// numpy's default); whiskers reach the most extreme values within 1.5 IQR of the box (Tukey), and
/// values beyond them are <see cref="Outliers"/>. Every field is NaN when <see cref="Count"/> is 0.
/// </summary>
public sealed record BoxStats(
    int Count,
    double Min,
    double Q1,
    double Median,
    double Q3,
    double Max,
    double LowerWhisker,
    double UpperWhisker,
    IReadOnlyList<double> Outliers)
{
    public double Iqr => Q3 - Q1;
}
