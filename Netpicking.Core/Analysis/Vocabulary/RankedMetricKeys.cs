namespace Netpicking.Core.Analysis;

/// <summary>
/// The keys of the ranked metrics: the cost keys and the score keys (<see cref="CostKeys"/>, <see cref="ScoreSelector"/>),
/// so <c>?metric=balanced_accuracy</c> and <c>--metric balanced_accuracy</c> name the same column as the CSV.
/// </summary>
public static class RankedMetricKeys
{
    public static IReadOnlyList<RankedMetric> All { get; } = Enum.GetValues<RankedMetric>();

    public const string Syntax = "time, params, memory, ops, accuracy, balanced_accuracy or auc";

    public static string Key(RankedMetric metric) => metric switch
    {
        RankedMetric.TrainingTime => CostKeys.Key(CostKind.TrainingTime),
        RankedMetric.Params => CostKeys.Key(CostKind.Params),
        RankedMetric.Memory => CostKeys.Key(CostKind.Memory),
        RankedMetric.Ops => CostKeys.Key(CostKind.Ops),
        RankedMetric.BalancedAccuracy => ScoreSelector.BalancedAccuracy.ToString(),
        RankedMetric.AucMean => ScoreSelector.AucMean.ToString(),
        _ => ScoreSelector.Accuracy.ToString(),
    };

    /// <summary>Reads a key in any of the spellings <see cref="CostKeys"/> and <see cref="ScoreSelector"/> read.</summary>
    public static bool TryParse(string? text, out RankedMetric metric)
    {
        metric = default;
        if (CostKeys.TryParse(text, out var cost))
        {
            metric = cost switch
            {
                CostKind.TrainingTime => RankedMetric.TrainingTime,
                CostKind.Memory => RankedMetric.Memory,
                CostKind.Ops => RankedMetric.Ops,
                _ => RankedMetric.Params,
            };
            return true;
        }

        if (ScoreSelector.TryParse(text, out var score) && score.Kind is ScoreKind.Accuracy or ScoreKind.BalancedAccuracy or ScoreKind.AucMean)
        {
            metric = score.Kind switch
            {
                ScoreKind.BalancedAccuracy => RankedMetric.BalancedAccuracy,
                ScoreKind.AucMean => RankedMetric.AucMean,
                _ => RankedMetric.Accuracy,
            };
            return true;
        }

        return false;
    }
}
