namespace Netpicking.Core.Analysis;

/// <summary>The inputs of the prediction sets (analysis 12): the RAPS options and the weights of the five outcomes.</summary>
public sealed record PredictionSetsRequest(RapsOptions Options, SetOutcomeWeights Weights)
{
    public PredictionSetsRequest()
        : this(RapsOptions.Default, SetOutcomeWeights.Default)
    {
    }

    public const string AlphaName = "alpha";

    public static RequestKey AlphaKey { get; } = new(AlphaName, "Miscoverage α: sets should hold the truth 1 − α of the time (default 0.05).");

    public const string KRegName = "k-reg";

    public static RequestKey KRegKey { get; } = new(KRegName, "Rank from which larger sets are penalised, 0 to 10 (default 3).", "kreg");

    public const string LambdaName = "lambda";

    public static RequestKey LambdaKey { get; } = new(LambdaName, "Penalty per class beyond k-reg (default 0.005).");

    public const string WeightsName = "weights";

    public static RequestKey WeightsKey { get; } = new(
        "weights",
        "Weights of correct & sure, correct & unsure, wrong & sure, wrong & truth outside, wrong & truth inside (default 1,-6,-12,-9,-8).",
        "w");

    public const string SeedName = "seed";

    public static RequestKey SeedKey { get; } = new(SeedName, "Seed of the calibration / evaluation split and the random draws (default 42).");

    public const string NotRandomizedName = "not-randomized";

    public static RequestKey NotRandomizedKey { get; } = RequestKey.Flag(NotRandomizedName, "Non-randomised sets (no random tie-breaking at the threshold).");

    public static IReadOnlyList<RequestKey> Keys { get; } = [AlphaKey, KRegKey, LambdaKey, WeightsKey, SeedKey, NotRandomizedKey];

    public static PredictionSetsRequest Default { get; } = new();

    public static PredictionSetsRequest Read(RequestValues values)
    {
        var defaults = RapsOptions.Default;
        var options = new RapsOptions(
            values.OptionalNumber(AlphaKey, 0, exclusive: true, below: 1) ?? defaults.Alpha,
            values.Whole(KRegKey, defaults.KReg, 0, PopulationSnapshot.ClassCount),
            values.OptionalNumber(LambdaKey, 0) ?? defaults.Lambda,
            !values.Flag(NotRandomizedKey),
            values.OptionalWhole(SeedKey, int.MinValue) ?? defaults.Seed);
        return new PredictionSetsRequest(options, ReadWeights(values, WeightsKey) ?? SetOutcomeWeights.Default);
    }

    /// <summary>The five outcome weights under <paramref name="key"/>; null when absent or unreadable (a problem then).</summary>
    public static SetOutcomeWeights? ReadWeights(RequestValues values, RequestKey key) =>
        values.Numbers(key, 5, "one per outcome") is { } w ? new SetOutcomeWeights(w[0], w[1], w[2], w[3], w[4]) : null;

    /// <summary>The weights as a request writes them ("1,-6,-12,-9,-8").</summary>
    public static string WeightsText(SetOutcomeWeights weights) =>
        string.Join(',', new[] { weights.CorrectSure, weights.CorrectUnsure, weights.WrongSure, weights.WrongTruthOutside, weights.WrongTruthInside }
            .Select(RequestValues.Number));

    public IEnumerable<KeyValuePair<string, string?>> Parameters
    {
        get
        {
            var defaults = RapsOptions.Default;
            return
            [
                .. AlphaKey.Write(Options.Alpha == defaults.Alpha ? null : RequestValues.Number(Options.Alpha)),
                .. KRegKey.Write(Options.KReg == defaults.KReg ? null : RequestValues.Number(Options.KReg)),
                .. LambdaKey.Write(Options.Lambda == defaults.Lambda ? null : RequestValues.Number(Options.Lambda)),
                .. WeightsKey.Write(Weights == SetOutcomeWeights.Default ? null : WeightsText(Weights)),
                .. SeedKey.Write(Options.Seed == defaults.Seed ? null : Options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                .. NotRandomizedKey.Write(Options.Randomized ? null : "true"),
            ];
        }
    }

    public PredictionSetsResult Compute(PopulationSnapshot snapshot, CancellationToken cancellationToken = default) =>
        PredictionSets.Compute(snapshot, Options, Weights, cancellationToken);
}
