namespace Netpicking.Core.Analysis;

/// <summary>
/// A 95 % Wilson score interval for one proportion (an accuracy: <paramref name="Successes"/> right of
/// <paramref name="Trials"/> images), docs/metrics.md#uncertainty. NaN bounds when there are no trials.
/// </summary>
public sealed record ProportionInterval(int Successes, int Trials, double Low, double High)
{
    /// <summary>The normal quantile of 97.5 %, for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    public double Estimate => Trials == 0 ? double.NaN : (double)Successes / Trials;

    /// <summary>The whole interval is at or above <paramref name="threshold"/>: above it at 95 %.</summary>
    public bool Above(double threshold) => Low >= threshold;

    /// <summary>The whole interval is below <paramref name="threshold"/>.</summary>
    public bool Below(double threshold) => High < threshold;

    /// <summary>
    /// Wilson: centre (p̂ + z²/2n) / (1 + z²/n), half-width z·√(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n). Unlike p̂ ± z·√(p̂(1 − p̂)/n)
    /// it stays inside [0, 1] and does not shrink to a point at 0 % or 100 %, where the best networks sit.
    /// </summary>
    public static ProportionInterval Wilson(int successes, int trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, successes);
        if (trials == 0)
        {
            return new ProportionInterval(0, 0, double.NaN, double.NaN);
        }

        double n = trials, p = successes / n, z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var half = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new ProportionInterval(successes, trials, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>The interval of network <paramref name="index"/>'s accuracy over the snapshot's test images.</summary>
    public static ProportionInterval OfAccuracy(PopulationSnapshot snapshot, int index)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var answers = snapshot.Predictions(index);
        var labels = snapshot.Labels;
        var right = 0;
        for (var image = 0; image < labels.Length; image++)
        {
            right += answers[image] == labels[image] ? 1 : 0;
        }

        return Wilson(right, labels.Length);
    }
}
