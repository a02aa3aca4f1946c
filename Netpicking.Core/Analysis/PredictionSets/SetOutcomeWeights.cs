namespace Netpicking.Core.Analysis;

/// <summary>Weights of the five prediction-set outcomes in the weighted score (the defaults of docs/analyses.md#prediction-sets).</summary>
public sealed record SetOutcomeWeights(
    double CorrectSure = 1,
    double CorrectUnsure = -6,
    double WrongSure = -12,
    double WrongTruthOutside = -9,
    double WrongTruthInside = -8)
{
    public static SetOutcomeWeights Default { get; } = new();

    /// <summary>
    /// The weights applied to the fractions of the five outcome counts (1 at best with the defaults); NaN when there are
    /// no images.
    /// </summary>
    public double Score(int correctSure, int correctUnsure, int wrongSure, int wrongTruthOutside, int wrongTruthInside)
    {
        var n = correctSure + correctUnsure + wrongSure + wrongTruthOutside + wrongTruthInside;
        if (n == 0)
        {
            return double.NaN;
        }

        return (CorrectSure * correctSure + CorrectUnsure * correctUnsure + WrongSure * wrongSure
            + WrongTruthOutside * wrongTruthOutside + WrongTruthInside * wrongTruthInside) / n;
    }

    public double Score(PredictionSetStats stats) =>
        Score(stats.CorrectSure, stats.CorrectUnsure, stats.WrongSure, stats.WrongTruthOutside, stats.WrongTruthInside);
}
