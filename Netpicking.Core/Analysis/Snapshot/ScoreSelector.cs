using System.Diagnostics.CodeAnalysis;
using System.Globalization;

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

    /// <summary>The keys <see cref="Parse"/> understands, for help texts and error messages.</summary>
    public const string Syntax = "accuracy, balanced_accuracy, auc, recall_K or auc_K (K a class, 0–9)";

    /// <summary>
    /// Reads a score key — accuracy, balanced_accuracy, auc, recall_K, auc_K, the spelling of <see cref="ToString"/> and
    /// of the CSV columns — or the hyphenated spelling links and scripts used before (balanced-accuracy, recall-3).
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ScoreSelector? score)
    {
        score = null;
        var name = text?.Trim().ToLowerInvariant().Replace('_', '-');
        switch (name)
        {
            case null or "":
                return false;
            case "accuracy":
                score = Accuracy;
                return true;
            case "balanced-accuracy":
                score = BalancedAccuracy;
                return true;
            case "auc" or "auc-mean":
                score = AucMean;
                return true;
        }

        var dash = name.LastIndexOf('-');
        if (dash < 0
            || !int.TryParse(name.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var classIndex)
            || classIndex >= PopulationSnapshot.ClassCount)
        {
            return false;
        }

        score = name[..dash] switch
        {
            "recall" => Recall(classIndex),
            "auc" => Auc(classIndex),
            _ => null,
        };
        return score is not null;
    }

    /// <exception cref="ArgumentException">The text names no score; the message lists the ones there are.</exception>
    public static ScoreSelector Parse(string? text) =>
        TryParse(text, out var score)
            ? score
            : throw new ArgumentException($"Unknown score '{text}'. Use {Syntax}.", nameof(text));

    public double Of(EpochScores scores) => Kind switch
    {
        ScoreKind.Accuracy => scores.Accuracy,
        ScoreKind.BalancedAccuracy => scores.BalancedAccuracy,
        ScoreKind.AucMean => scores.AucMean,
        ScoreKind.ClassRecall => ClassIndex < scores.ClassRecall.Length ? scores.ClassRecall[ClassIndex] : double.NaN,
        ScoreKind.ClassAuc => ClassIndex < scores.ClassAuc.Length ? scores.ClassAuc[ClassIndex] : double.NaN,
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown score kind."),
    };

    /// <summary>
    /// The score's key, the one spelling URLs, the command line, CSV columns and JSON use: accuracy, balanced_accuracy,
    /// auc, recall_K, auc_K.
    /// </summary>
    public override string ToString() => Kind switch
    {
        ScoreKind.ClassRecall => $"recall_{ClassIndex}",
        ScoreKind.ClassAuc => $"auc_{ClassIndex}",
        ScoreKind.AucMean => "auc",
        ScoreKind.BalancedAccuracy => "balanced_accuracy",
        _ => "accuracy",
    };
}
