using Netpicking.Core.Analysis;

namespace Netpicking.Core.Export;

/// <summary>
/// Score names in URLs, on the command line and in CSV headers: the names <see cref="ScoreSelector.ToString"/>
/// writes (accuracy, balanced_accuracy, auc, recall_0..recall_9, auc_0..auc_9), so they round-trip.
/// </summary>
public static class ScoreNames
{
    public const string Known = "accuracy, balanced_accuracy, auc, recall_0..recall_9, auc_0..auc_9";

    /// <summary>The selector named <paramref name="name"/> (read by <see cref="ScoreSelector.TryParse"/>); accuracy when null or empty.</summary>
    public static ScoreSelector Parse(string? name) =>
        string.IsNullOrWhiteSpace(name) ? ScoreSelector.Accuracy
        : ScoreSelector.TryParse(name, out var score) ? score
        : throw new ExportRequestException($"Unknown score '{name}'. Known scores: {Known}.");
}
