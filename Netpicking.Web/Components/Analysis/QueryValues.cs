using Microsoft.AspNetCore.WebUtilities;
using Netpicking.Core.Analysis;

namespace Netpicking.Web.Components.Analysis;

/// <summary>
/// A page's URL query as the Core reads requests: every parameter under the spelling it has, so an alias a saved link
/// carries is found as well as the current key.
/// </summary>
public static class QueryValues
{
    /// <summary>The parameters of <paramref name="uri"/>'s query (the first value of each), without the fragment.</summary>
    public static IReadOnlyDictionary<string, string?> Parse(string uri)
    {
        var question = uri.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return new Dictionary<string, string?>();
        }

        var hash = uri.IndexOf('#', question);
        return QueryHelpers.ParseQuery(hash < 0 ? uri[question..] : uri[question..hash])
            .ToDictionary(p => p.Key, p => (string?)p.Value[0], StringComparer.Ordinal);
    }

    public static RequestValues Of(string uri) => RequestValues.FromQuery(Parse(uri));

    /// <summary>
    /// A request's parameters in the form NavigationManager merges into a URL (null removes one). An older spelling two
    /// keys share (ensembles' <c>x</c>) is removed by both; a value set for it is kept.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Parameters(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            if (value is not null || !merged.ContainsKey(key))
            {
                merged[key] = value;
            }
        }

        return merged;
    }
}
