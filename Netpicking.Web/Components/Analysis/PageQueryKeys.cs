using System.Reflection;
using Microsoft.AspNetCore.Components;
using Netpicking.Core.Analysis;
using Netpicking.Web.Analyses;

namespace Netpicking.Web.Components.Analysis;

/// <summary>
/// The URL keys a page reads, so that a key it does not read is named on the page instead of being dropped in silence
/// (docs/interface.md#frame): the scope's keys, the request keys of every analysis the page shows (current spellings and
/// the older ones still read), and the keys the page itself declares with <see cref="SupplyParameterFromQueryAttribute"/>.
/// </summary>
public static class PageQueryKeys
{
    /// <summary>Every spelling <paramref name="pageType"/> (the routed page) and the analyses of <paramref name="page"/> read.</summary>
    public static IReadOnlySet<string> Of(Type? pageType, AnalysisPage? page)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in ScopeKeys.All.Concat(AnalysisRegistry.Analyses.Where(a => a.Page == page).SelectMany(a => a.Analysis.Keys)))
        {
            keys.UnionWith(key.Spellings);
        }

        keys.UnionWith(Declared(pageType));
        return keys;
    }

    /// <summary>The keys a page declares it reads from the query (a property without a name is read under its own).</summary>
    public static IEnumerable<string> Declared(Type? pageType) =>
        pageType?.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Property.Name) ?? [];

    /// <summary>The keys of <paramref name="uri"/>'s query that are not in <paramref name="known"/>, in the order written.</summary>
    public static IReadOnlyList<string> Unknown(string uri, IReadOnlySet<string> known) =>
        QueryValues.Parse(uri).Keys.Where(key => !known.Contains(key)).ToArray();

    /// <summary>A sentence naming the keys of <paramref name="uri"/> that a page outside the analysis frame does not declare, or null.</summary>
    public static string? Undeclared(string uri, Type pageType) => Describe(Unknown(uri, Declared(pageType).ToHashSet(StringComparer.Ordinal)));

    /// <summary>A sentence naming the keys a page does not read, or null when there are none.</summary>
    public static string? Describe(IReadOnlyList<string> unknown) => unknown.Count switch
    {
        0 => null,
        1 => $"This page does not read '{unknown[0]}' in the address; it was left out.",
        _ => $"This page does not read {string.Join(", ", unknown.SkipLast(1).Select(k => $"'{k}'"))} or '{unknown[^1]}' in the address; they were left out.",
    };
}
