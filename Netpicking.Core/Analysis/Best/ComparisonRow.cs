namespace Netpicking.Core.Analysis;

/// <summary>One measure of the best network against the baseline; <see cref="Ratio"/> = best / baseline.</summary>
public sealed record ComparisonRow(string Measure, double Best, double Baseline)
{
    /// <summary>NaN when the baseline is zero: "infinitely more" would read as a number otherwise.</summary>
    public double Ratio => Baseline == 0 ? double.NaN : Best / Baseline;
}
