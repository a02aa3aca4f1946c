using Netpicking.Core.Analysis;
using Netpicking.Core.Zoo;

namespace Netpicking.Web.Components.Analysis;

/// <summary>
/// The scope bar's state as it lives in the URL query (<c>?dataset=mnist&amp;run=quick&amp;epoch=2&amp;score=accuracy</c>), so
/// that a link or a reload reproduces a view (docs/interface.md#frame). Empty parts mean "the default": the page fills
/// them in. The keys are the Core's (<see cref="ScopeKeys"/>), read with their older spellings. The default zoo is never
/// written, so links from before zoos were part of the scope read the same and still look the same.
/// </summary>
public sealed record AnalysisQuery(string? Dataset = null, string? Run = null, int? Epoch = null, string? Score = null, string? Zoo = null)
{
    public const string ZooKey = ScopeKeys.ZooName;
    public const string DatasetKey = ScopeKeys.DatasetName;
    public const string RunKey = ScopeKeys.RunName;
    public const string EpochKey = ScopeKeys.EpochName;
    public const string ScoreKey = ScopeKeys.ScoreName;

    public static AnalysisQuery FromUri(string uri) => From(QueryValues.Of(uri));

    /// <summary>The scope in <paramref name="values"/>; a part that cannot be read (<c>epoch=abc</c>) is left blank and described in its problems.</summary>
    public static AnalysisQuery From(RequestValues values)
    {
        return new AnalysisQuery(
            values.Text(ScopeKeys.Dataset), values.Text(ScopeKeys.Run), values.OptionalWhole(ScopeKeys.Epoch), values.Text(ScopeKeys.Score),
            values.Text(ScopeKeys.Zoo));
    }

    /// <summary>The query parameters to merge into a URL (nulls remove a parameter, and older spellings go).</summary>
    public IReadOnlyDictionary<string, object?> Parameters => QueryValues.Parameters(
    [
        .. ScopeKeys.Zoo.Write(Zoo == ZooCatalog.DefaultZooName ? null : Zoo),
        .. ScopeKeys.Dataset.Write(Dataset),
        .. ScopeKeys.Run.Write(Run),
        .. ScopeKeys.Epoch.Write(Epoch is { } e ? RequestValues.Number(e) : null),
        .. ScopeKeys.Score.Write(Score),
    ]);

    /// <summary>The scope as a query string ("" when empty), for links that carry the scope to another page.</summary>
    public string ToQueryString()
    {
        var parts = Parameters.Where(p => p.Value is not null)
            .Select(p => $"{p.Key}={Uri.EscapeDataString((string)p.Value!)}")
            .ToArray();
        return parts.Length == 0 ? "" : "?" + string.Join('&', parts);
    }
}
