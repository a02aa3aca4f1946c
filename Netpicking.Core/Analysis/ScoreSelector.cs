namespace Netpicking.Core.Analysis;

/// <summary>
/// A score of a tested epoch; <paramref name="ClassIndex"/> picks the class for per-class recall and AUC.
/// Every score is a fraction in [0, 1] where higher is better.
/// </summary>
public sealed record ScoreSelector(ScoreKind Kind, int ClassIndex = 0)
{
    public static ScoreSelector Accuracy { get; } = new(ScoreKind.Accuracy);

    public static ScoreSelector BalancedAccuracy { get; } = new(ScoreKind.BalancedAccuracy);

    public static ScoreSelector AucMean { get; } = new(ScoreKind.AucMean);

    public static ScoreSelector Recall(int classIndex) => new(ScoreKind.ClassRecall, classIndex);

    public static ScoreSelector Auc(int classIndex) => new(ScoreKind.ClassAuc, classIndex);

    public double Of(EpochScores scores) => Kind switch
    {
        ScoreKind.Accuracy => scores.Accuracy,
        ScoreKind.BalancedAccuracy => scores.BalancedAccuracy,
        ScoreKind.AucMean => scores.AucMean,
        ScoreKind.ClassRecall => ClassIndex < scores.ClassRecall.Length ? scores.ClassRecall[ClassIndex] : double.NaN,
        ScoreKind.ClassAuc => ClassIndex < scores.ClassAuc.Length ? scores.ClassAuc[ClassIndex] : double.NaN,
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown score kind."),
    };

    public override string ToString() => Kind switch
    {
        ScoreKind.ClassRecall => $"recall_{ClassIndex}",
        ScoreKind.ClassAuc => $"auc_{ClassIndex}",
        ScoreKind.AucMean => "auc",
        ScoreKind.BalancedAccuracy => "balanced_accuracy",
        _ => "accuracy",
    };
}
