using Netpicking.Core.Analysis;

namespace Netpicking.Web.Components.Charts;

/// <summary>
/// The five prediction-set outcomes in the order of docs/analyses.md#prediction-sets, with their names and colours: correct green,
/// wrong red, unsure amber (docs/interface.md#colour-and-marks). The two "sure" outcomes take the full colours; correct &amp; unsure is amber, and
/// the wrong-but-unsure outcomes the light shades of red (truth outside the set) and amber (truth inside it).
/// </summary>
public static class SetOutcomes
{
    public static IReadOnlyList<(string Key, string Name, string Colour)> All { get; } =
    [
        ("cs", "Correct & sure", FamilyPalette.Correct),
        ("cu", "Correct & unsure", FamilyPalette.Unsure),
        ("ws", "Wrong & sure", FamilyPalette.Wrong),
        ("wo", "Wrong, truth outside the set", "#e88080"),
        ("wi", "Wrong, truth inside the set", "#ecc46e"),
    ];

    /// <summary>The five counts of <paramref name="stats"/> in the order of <see cref="All"/>.</summary>
    public static int[] Counts(PredictionSetStats stats) =>
        [stats.CorrectSure, stats.CorrectUnsure, stats.WrongSure, stats.WrongTruthOutside, stats.WrongTruthInside];

    public static double[] Weights(SetOutcomeWeights weights) =>
        [weights.CorrectSure, weights.CorrectUnsure, weights.WrongSure, weights.WrongTruthOutside, weights.WrongTruthInside];

    public static SetOutcomeWeights FromArray(IReadOnlyList<double> values) =>
        new(values[0], values[1], values[2], values[3], values[4]);
}
