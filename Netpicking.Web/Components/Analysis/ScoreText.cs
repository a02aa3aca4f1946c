using Netpicking.Core.Analysis;

namespace Netpicking.Web.Components.Analysis;

/// <summary>Scores in words for titles and axes.</summary>
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

    /// <summary>Plotly's number format for the score: AUCs read better as 0.987 than as 98.7 %.</summary>
    public static string AxisFormat(ScoreSelector score) =>
        score.Kind is ScoreKind.AucMean or ScoreKind.ClassAuc ? ".3f" : ".1%";
}
