namespace Netpicking.Core.Analysis;

/// <summary>
/// McNemar's paired test of two networks' per-image correctness (docs/metrics.md#uncertainty). Under "equally often
/// right", each of the n = b + c discordant images is a fair coin: the exact two-sided p-value is
/// min(1, 2·P(X ≤ min(b, c))) for X ~ Binomial(n, ½); the mid-p value subtracts P(X = min(b, c)) from it, which keeps
/// the exact test's shape without its conservatism (Fagerland, Lydersen and Laake 2013 recommend it); the chi-square
/// p-value with continuity correction is P(χ²₁ ≥ (|b − c| − 1)² / n).
/// </summary>
public static class McNemar
{
    /// <summary>The test of network <paramref name="first"/> against <paramref name="second"/> (snapshot indices) on every test image.</summary>
    public static PairedTest Of(PopulationSnapshot snapshot, int first, int second)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var a = snapshot.Predictions(first);
        var b = snapshot.Predictions(second);
        var labels = snapshot.Labels;
        int firstOnly = 0, secondOnly = 0;
        for (var image = 0; image < labels.Length; image++)
        {
            var aRight = a[image] == labels[image];
            var bRight = b[image] == labels[image];
            if (aRight != bRight)
            {
                if (aRight)
                {
                    firstOnly++;
                }
                else
                {
                    secondOnly++;
                }
            }
        }

        return Of(firstOnly, secondOnly);
    }

    /// <summary>The test from the two discordant counts.</summary>
    public static PairedTest Of(int firstOnly, int secondOnly)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstOnly);
        ArgumentOutOfRangeException.ThrowIfNegative(secondOnly);
        var n = firstOnly + secondOnly;
        if (n == 0)
        {
            // No image tells them apart: nothing speaks against equality.
            return new PairedTest(0, 0, 1, 1, 1);
        }

        var k = Math.Min(firstOnly, secondOnly);
        var (tail, point) = LowerTail(n, k);
        var exact = Math.Min(1, 2 * tail);
        var mid = Math.Min(1, 2 * tail - point);
        var corrected = Math.Max(0, Math.Abs(firstOnly - secondOnly) - 1);
        var chi = ChiSquareOneDfUpper((double)corrected * corrected / n);
        return new PairedTest(firstOnly, secondOnly, mid, exact, chi);
    }

    /// <summary>P(X ≤ k) and P(X = k) for X ~ Binomial(n, ½), summed in log space: 2⁻ⁿ underflows beyond n ≈ 1,074.</summary>
    internal static (double Tail, double Point) LowerTail(int n, int k)
    {
        var logHalfPowN = -n * Math.Log(2);
        var logChoose = 0.0; // log C(n, 0)
        var terms = new double[k + 1];
        for (var i = 0; i <= k; i++)
        {
            terms[i] = logChoose + logHalfPowN;
            logChoose += Math.Log(n - i) - Math.Log(i + 1);
        }

        // The terms rise with i up to n/2 ≥ k, so the last is the largest: factor it out before adding.
        var largest = terms[k];
        var sum = 0.0;
        foreach (var term in terms)
        {
            sum += Math.Exp(term - largest);
        }

        return (Math.Min(1, Math.Exp(largest) * sum), Math.Exp(largest));
    }

    /// <summary>P(χ² with one degree of freedom ≥ x) = erfc(√(x/2)).</summary>
    internal static double ChiSquareOneDfUpper(double x) => x <= 0 ? 1 : Erfc(Math.Sqrt(x / 2));

    /// <summary>
    /// The complementary error function, by the Chebyshev fit of Numerical Recipes (erfcc, relative error below
    /// 1.2 × 10⁻⁷ everywhere): .NET has none, and seven digits are far more than a p-value is read to.
    /// </summary>
    internal static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
            + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
            + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
