using System.Globalization;
using Netpicking.Core.Analysis;

namespace Netpicking.Core.Export;

/// <summary>
/// Score names in URLs, on the command line and in CSV headers: the names <see cref="ScoreSelector.ToString"/>
/// writes (accuracy, balanced_accuracy, auc, recall_0..recall_9, auc_0..auc_9), so they round-trip.
/// </summary>
public static class ScoreNames
{
    public const string Known = "accuracy, balanced_accuracy, auc, recall_0..recall_9, auc_0..auc_9";

    /// <summary>The selector named <paramref name="name"/>; accuracy when null or empty.</summary>
    public static ScoreSelector Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ScoreSelector.Accuracy;
        }

        var key = name.Trim().ToLowerInvariant();
        switch (key)
        {
            case "accuracy":
                return ScoreSelector.Accuracy;
            case "balanced_accuracy":
                return ScoreSelector.BalancedAccuracy;
            case "auc":
                return ScoreSelector.AucMean;
        }

        if (TryClass(key, "recall_", out var recallClass))
        {
            return ScoreSelector.Recall(recallClass);
        }

        if (TryClass(key, "auc_", out var aucClass))
        {
            return ScoreSelector.Auc(aucClass);
        }

        throw new ExportRequestException($"Unknown score '{name}'. Known scores: {Known}.");
    }

    private static bool TryClass(string key, string prefix, out int classIndex)
    {
        classIndex = -1;
        return key.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out classIndex)
            && classIndex < PopulationSnapshot.ClassCount;
    }
}
