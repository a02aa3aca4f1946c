using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Netpicking.Core.Analysis;

/// <summary>
/// The objective of a pick. Accuracy, balanced accuracy and a class's recall are fractions read at the snapshot's epoch;
/// the set score is <see cref="PredictionSets"/>' weighted score with <paramref name="Weights"/> and <paramref name="Raps"/>
/// (defaults when null), so it needs the snapshot's probabilities. Higher is better for every one.
/// </summary>
public sealed record PickObjective(PickObjectiveKind Kind, int ClassIndex = 0, SetOutcomeWeights? Weights = null, RapsOptions? Raps = null)
{
    public const string Syntax = "accuracy, balanced_accuracy, recall_K (K a class, 0–9) or set_score";

    public static PickObjective Accuracy { get; } = new(PickObjectiveKind.Accuracy);

    public static PickObjective BalancedAccuracy { get; } = new(PickObjectiveKind.BalancedAccuracy);

    public static PickObjective Recall(int classIndex) => new(PickObjectiveKind.ClassRecall, classIndex);

    public static PickObjective SetScore(SetOutcomeWeights? weights = null, RapsOptions? raps = null) =>
        new(PickObjectiveKind.SetScore, 0, weights, raps);

    public bool NeedsProbabilities => Kind == PickObjectiveKind.SetScore;

    /// <summary>Fractions (the three scores) are compared in percentage points; the set score is in its weights' units.</summary>
    public bool IsFraction => Kind != PickObjectiveKind.SetScore;

    /// <summary>
    /// The key as URLs, the command line and JSON write it, spelled like the score keys (<see cref="ScoreSelector"/>);
    /// <see cref="TryParse"/> reads it back.
    /// </summary>
    public string Name => Kind switch
    {
        PickObjectiveKind.BalancedAccuracy => ScoreSelector.BalancedAccuracy.ToString(),
        PickObjectiveKind.ClassRecall => ScoreSelector.Recall(ClassIndex).ToString(),
        PickObjectiveKind.SetScore => "set_score",
        _ => ScoreSelector.Accuracy.ToString(),
    };

    /// <summary>In words, for sentences: "accuracy", "recall of class 3", "prediction-set score".</summary>
    public string Title => Kind switch
    {
        PickObjectiveKind.BalancedAccuracy => "balanced accuracy",
        PickObjectiveKind.ClassRecall => $"recall of class {ClassIndex}",
        PickObjectiveKind.SetScore => "prediction-set score",
        _ => "accuracy",
    };

    /// <summary>
    /// Reads accuracy, balanced_accuracy, recall_K or set_score, and the spellings links used before (balanced-accuracy,
    /// recall:K, recall-K, set-score); <paramref name="weights"/> only matters for the set score.
    /// </summary>
    public static bool TryParse(string? text, SetOutcomeWeights? weights, [NotNullWhen(true)] out PickObjective? objective)
    {
        objective = null;
        var name = text?.Trim().ToLowerInvariant().Replace('_', '-');
        switch (name)
        {
            case null or "":
                return false;
            case "accuracy":
                objective = Accuracy;
                return true;
            case "balanced-accuracy":
                objective = BalancedAccuracy;
                return true;
            case "set-score" or "set":
                objective = SetScore(weights);
                return true;
        }

        var separator = name.IndexOfAny([':', '-']);
        if (separator < 0 || name[..separator] != "recall"
            || !int.TryParse(name.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var classIndex)
            || classIndex >= PopulationSnapshot.ClassCount)
        {
            return false;
        }

        objective = Recall(classIndex);
        return true;
    }

    /// <summary>The objective of every network of the snapshot (by index); NaN where a network has none.</summary>
    public double[] Values(PopulationSnapshot snapshot)
    {
        var values = new double[snapshot.NetworkCount];
        if (Kind == PickObjectiveKind.SetScore)
        {
            foreach (var stats in PredictionSets.Compute(snapshot, Raps, Weights).Networks)
            {
                values[stats.NetworkIndex] = stats.WeightedScore;
            }

            return values;
        }

        var score = Kind switch
        {
            PickObjectiveKind.BalancedAccuracy => ScoreSelector.BalancedAccuracy,
            PickObjectiveKind.ClassRecall => ScoreSelector.Recall(ClassIndex),
            _ => ScoreSelector.Accuracy,
        };
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = snapshot.Networks[i].At(snapshot.Scope.Epoch) is { } at ? score.Of(at) : double.NaN;
        }

        return values;
    }

    /// <summary>A value as the summaries write it: 98.50 % for fractions, 0.8123 for the set score.</summary>
    public string Format(double value) =>
        double.IsNaN(value) ? "–"
        : IsFraction ? (value * 100).ToString("F2", CultureInfo.InvariantCulture) + " %"
        : value.ToString("F4", CultureInfo.InvariantCulture);

    /// <summary>A difference of two values: percentage points for fractions, plain for the set score.</summary>
    public string FormatGain(double gain) =>
        double.IsNaN(gain) ? "–"
        : IsFraction ? (gain * 100).ToString("F2", CultureInfo.InvariantCulture) + " pt"
        : gain.ToString("F4", CultureInfo.InvariantCulture);

    public override string ToString() => Name;
}
