using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Netpicking.Web.Components.Analysis;

/// <summary>
/// The scope bar's state as it lives in the URL query (<c>?dataset=mnist&amp;run=quick&amp;epoch=2&amp;score=accuracy</c>), so
/// that a link or a reload reproduces a view (docs/interface.md#frame). Empty parts mean "the default": the page fills them in.
/// </summary>
public sealed record AnalysisQuery(string? Dataset = null, string? Run = null, int? Epoch = null, string? Score = null)
{
    public const string DatasetKey = "dataset";
    public const string RunKey = "run";
    public const string EpochKey = "epoch";
    public const string ScoreKey = "score";

    public static AnalysisQuery FromUri(string uri)
    {
        var question = uri.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return new AnalysisQuery();
        }

        var hash = uri.IndexOf('#', question);
        var query = QueryHelpers.ParseQuery(hash < 0 ? uri[question..] : uri[question..hash]);
        string? Get(string key) => query.TryGetValue(key, out var values) && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;
        int? epoch = int.TryParse(Get(EpochKey), NumberStyles.None, CultureInfo.InvariantCulture, out var e) ? e : null;
        return new AnalysisQuery(Get(DatasetKey), Get(RunKey), epoch, Get(ScoreKey));
    }

    /// <summary>The query parameters to merge into a URL (nulls remove a parameter).</summary>
    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?>
    {
        [DatasetKey] = Dataset,
        [RunKey] = Run,
        [EpochKey] = Epoch?.ToString(CultureInfo.InvariantCulture),
        [ScoreKey] = Score,
    };

    /// <summary>The scope as a query string ("" when empty), for links that carry the scope to another page.</summary>
    public string ToQueryString()
    {
        var parts = Parameters.Where(p => p.Value is not null)
            .Select(p => $"{p.Key}={Uri.EscapeDataString((string)p.Value!)}")
            .ToArray();
        return parts.Length == 0 ? "" : "?" + string.Join('&', parts);
    }
}
