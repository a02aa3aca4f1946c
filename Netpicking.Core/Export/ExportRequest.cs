using Netpicking.Core.Analysis;

namespace Netpicking.Core.Export;

/// <summary>
/// What to export: a dataset, run settings and zoo (null: every one with results, for the snapshot table), the score
/// whose ranks (snapshots) or good networks (votes) count, and the row filter. Names only, never paths: the dataset
/// is a registry name and the run settings a name in the results store.
/// </summary>
public sealed record ExportRequest(string? Dataset = null, string? RunSettings = null, ScoreSelector? Score = null, ExportFilter? Filter = null, string? Zoo = null)
{
    public ScoreSelector ScoreOrDefault => Score ?? ScoreSelector.Accuracy;

    public ExportFilter FilterOrAll => Filter ?? ExportFilter.All;

    /// <summary>The score a URL or the command line names (<see cref="ScoreSelector"/>'s keys); accuracy when none is named.</summary>
    /// <exception cref="ExportRequestException">The name is no score's.</exception>
    public static ScoreSelector ParseScore(string? name) =>
        string.IsNullOrWhiteSpace(name) ? ScoreSelector.Accuracy
        : ScoreSelector.TryParse(name, out var score) ? score
        : throw new ExportRequestException($"Unknown score '{name}'. Known scores: {ScoreSelector.Syntax}.");
}
