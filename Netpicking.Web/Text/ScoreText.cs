using Netpicking.Core.Analysis;

namespace Netpicking.Web.Text;

/// <summary>Scores and ranked metrics in words, for titles, axes, table heads and the command line's tables.</summary>
public static class ScoreText
{
    public static string Of(ScoreSelector score) => score.Kind switch
    {
        ScoreKind.BalancedAccuracy => "Balanced accuracy",
        ScoreKind.AucMean => "AUC (mean of classes)",
        ScoreKind.ClassRecall => $"Recall of class {score.ClassIndex}",
        ScoreKind.ClassAuc => $"AUC of class {score.ClassIndex}",
        _ => "Accuracy",
    };

    /// <summary>Every score a scope can be judged by, as (key, words), in the order the scope bar offers them.</summary>
    public static IReadOnlyList<(string Key, string Text)> Choices { get; } =
    [
        .. new[] { ScoreSelector.Accuracy, ScoreSelector.BalancedAccuracy, ScoreSelector.AucMean }
            .Concat(Enumerable.Range(0, PopulationSnapshot.ClassCount).Select(ScoreSelector.Recall))
            .Concat(Enumerable.Range(0, PopulationSnapshot.ClassCount).Select(ScoreSelector.Auc))
            .Select(score => (score.ToString(), Of(score))),
    ];

    /// <summary>Plotly's number format for the score: AUCs read better as 0.987 than as 98.7 %.</summary>
    public static string AxisFormat(ScoreSelector score) =>
        score.Kind is ScoreKind.AucMean or ScoreKind.ClassAuc ? ".3f" : ".1%";

    /// <summary>A score's value as tables show it: a percentage with two decimals, or an AUC as 0.987 (as on the axes).</summary>
    public static string Value(ScoreSelector score, double value) =>
        score.Kind is ScoreKind.AucMean or ScoreKind.ClassAuc ? Format.Number(value) : Format.Percent(value);

    /// <summary>A ranked metric in running text ("balanced accuracy", "time").</summary>
    public static string Metric(RankedMetric metric) => metric switch
    {
        RankedMetric.TrainingTime => "time",
        RankedMetric.BalancedAccuracy => "balanced accuracy",
        RankedMetric.AucMean => "auc",
        _ => metric.ToString().ToLowerInvariant(),
    };

    /// <summary>A ranked metric as a column head ("Bal. accuracy").</summary>
    public static string MetricTitle(RankedMetric metric) => metric switch
    {
        RankedMetric.TrainingTime => "Time",
        RankedMetric.BalancedAccuracy => "Bal. accuracy",
        RankedMetric.AucMean => "AUC",
        _ => metric.ToString(),
    };

    /// <summary>A ranked metric as a row label ("Memory (elements)").</summary>
    public static string MetricName(RankedMetric metric) => metric switch
    {
        RankedMetric.TrainingTime => "Training time",
        RankedMetric.BalancedAccuracy => "Balanced accuracy",
        RankedMetric.AucMean => "AUC",
        RankedMetric.Memory => "Memory (elements)",
        _ => metric.ToString(),
    };

    /// <summary>A ranked metric's value as pages show it: a duration, a count, an AUC as 0.987, or a percentage.</summary>
    public static string MetricValue(RankedMetric metric, double value) => metric switch
    {
        _ when double.IsNaN(value) => "–",
        RankedMetric.TrainingTime => Format.Seconds(value),
        RankedMetric.Params or RankedMetric.Memory or RankedMetric.Ops => Format.Count((long)value),
        RankedMetric.AucMean => Format.Number(value),
        _ => Format.Percent(value),
    };

    /// <summary>A ranked metric's value as a plain-text table cell: a cost as <see cref="CostText.Cell"/>, a score as a percentage.</summary>
    public static string MetricCell(RankedMetric metric, double value) => metric switch
    {
        RankedMetric.TrainingTime => CostText.Cell(CostKind.TrainingTime, value),
        RankedMetric.Params or RankedMetric.Memory or RankedMetric.Ops => CostText.Cell(CostKind.Params, value),
        _ => Format.Percent(value),
    };
}
