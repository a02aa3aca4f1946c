using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Charts;
using Netpicking.Web.Components.Shared;

namespace Netpicking.Web.Components.Pages.PredictionSet;

/// <summary>
/// The prediction-sets page's settings in the URL: RAPS options (α, k_reg, λ), the five outcome weights, and the
/// table's sort. Values that are out of range fall back to the defaults.
/// </summary>
public sealed record PredictionSetSettings(
    RapsOptions Options,
    SetOutcomeWeights Weights,
    string Sort = PredictionSetSettings.DefaultSort,
    bool Descending = true)
{
    public const string AlphaKey = "alpha";
    public const string KRegKey = "kreg";
    public const string LambdaKey = "lambda";
    public const string WeightsKey = "w";
    public const string SortKey = "sort";
    public const string AscendingKey = "asc";
    public const string DefaultSort = "weighted";

    public static IReadOnlyList<string> SortColumns { get; } =
        ["name", "accuracy", "coverage", "size", "cs", "cu", "ws", "wo", "wi", "weighted"];

    public PredictionSetSettings()
        : this(RapsOptions.Default, SetOutcomeWeights.Default)
    {
    }

    public static PredictionSetSettings FromQuery(Func<string, string?> get)
    {
        var defaults = RapsOptions.Default;
        var alpha = QueryText.ParseNumber(get(AlphaKey)) is { } a && a > 0 && a < 1 ? a : defaults.Alpha;
        var kReg = QueryText.ParseInt(get(KRegKey)) is { } k && k >= 0 && k <= PopulationSnapshot.ClassCount ? k : defaults.KReg;
        var lambda = QueryText.ParseNumber(get(LambdaKey)) is { } l && l >= 0 ? l : defaults.Lambda;
        var weights = (get(WeightsKey) ?? "").Split(',').Select(QueryText.ParseNumber).ToArray();
        var sort = get(SortKey) is { } s && SortColumns.Contains(s) ? s : DefaultSort;
        return new PredictionSetSettings(
            defaults with { Alpha = alpha, KReg = kReg, Lambda = lambda },
            weights.Length == 5 && weights.All(w => w is not null) ? SetOutcomes.FromArray(weights.Select(w => w!.Value).ToArray()) : SetOutcomeWeights.Default,
            sort,
            get(AscendingKey) is not ("true" or "1"));
    }

    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?>
    {
        [AlphaKey] = Options.Alpha == RapsOptions.Default.Alpha ? null : QueryText.Number(Options.Alpha),
        [KRegKey] = Options.KReg == RapsOptions.Default.KReg ? null : Options.KReg.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [LambdaKey] = Options.Lambda == RapsOptions.Default.Lambda ? null : QueryText.Number(Options.Lambda),
        [WeightsKey] = Weights == SetOutcomeWeights.Default ? null : string.Join(',', SetOutcomes.Weights(Weights).Select(QueryText.Number)),
        [SortKey] = Sort == DefaultSort ? null : Sort,
        [AscendingKey] = Descending ? null : "true",
    };
}
