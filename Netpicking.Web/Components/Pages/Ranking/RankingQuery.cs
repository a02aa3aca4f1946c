using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Web.Text;

namespace Netpicking.Web.Components.Pages.Ranking;

/// <summary>
/// What the rankings table shows, as it lives in the URL: a name search, a family filter, the scope the ranks are taken
/// in (all metrics side by side), or one metric in all four scopes, and the sort. <see cref="Apply"/> turns the entries
/// into the rows shown, in order.
/// </summary>
public sealed record RankingQuery(
    string? Search = null,
    string? Family = null,
    RankScope Within = RankScope.Snapshot,
    RankedMetric? Metric = null,
    string? SortBy = null,
    bool Descending = false)
{
    public const string IdColumn = "id";
    public const string NameColumn = "name";
    public const string FamilyColumn = "family";
    public const string FormColumn = "form";
    public const string ValueColumn = "value";

    /// <summary>The metrics in table order with their keys (the Core's, as in URLs, CSV and <c>analyze rankings --metric</c>) and headers.</summary>
    public static IReadOnlyList<(RankedMetric Metric, string Key, string Title)> Metrics { get; } =
        [.. RankedMetricKeys.All.Select(m => (m, RankedMetricKeys.Key(m), ScoreText.MetricTitle(m)))];

    public static IReadOnlyList<(RankScope Scope, string Key)> Scopes { get; } =
        [(RankScope.Global, "global"), (RankScope.Group, "group"), (RankScope.Form, "form"), (RankScope.Snapshot, "snapshot")];

    /// <summary>Without a sort in the URL: by the shown accuracy rank, or by the one metric's global rank.</summary>
    public string EffectiveSort => SortBy ?? (Metric is null ? KeyOf(RankedMetric.Accuracy) : KeyOf(RankScope.Global));

    public static string KeyOf(RankedMetric metric) => Metrics.First(m => m.Metric == metric).Key;

    public static string KeyOf(RankScope scope) => Scopes.First(s => s.Scope == scope).Key;

    /// <summary>The metric a key names, in any spelling the Core reads (a link may carry balanced-accuracy).</summary>
    public static RankedMetric? MetricOf(string? key) => RankedMetricKeys.TryParse(key, out var metric) ? metric : null;

    public static RankScope? ScopeOf(string? key) => Scopes.FirstOrDefault(entry => entry.Key == key) is { Key: not null } found ? found.Scope : null;

    public static RankingQuery FromQuery(string? search, string? family, string? within, string? metric, string? sort, bool descending) =>
        new(
            string.IsNullOrWhiteSpace(search) ? null : search,
            string.IsNullOrWhiteSpace(family) ? null : family,
            ScopeOf(within) ?? RankScope.Snapshot,
            MetricOf(metric),
            // A metric column under an older spelling (balanced-accuracy) sorts under its key, so its header shows the order.
            string.IsNullOrWhiteSpace(sort) ? null : ScopeOf(sort) is null && MetricOf(sort) is { } byMetric ? KeyOf(byMetric) : sort,
            descending);

    /// <summary>The query parameters to merge into the URL (defaults removed).</summary>
    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?>
    {
        ["q"] = Search,
        ["family"] = Family,
        ["within"] = Within == RankScope.Snapshot ? null : KeyOf(Within),
        [RankingsRequest.MetricName] = Metric is { } m ? KeyOf(m) : null,
        ["sort"] = SortBy,
        ["desc"] = Descending ? "true" : null,
    };

    /// <summary>Click on a column: sort by it ascending (best first for ranks), a second click reverses.</summary>
    public RankingQuery SortedBy(string column) =>
        EffectiveSort == column ? this with { SortBy = column, Descending = !Descending } : this with { SortBy = column, Descending = false };

    public List<RankingEntry> Apply(IReadOnlyList<RankingEntry> entries)
    {
        IEnumerable<RankingEntry> rows = entries;
        if (Search is { } search)
        {
            rows = rows.Where(e => e.Name.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase)
                || e.Id.ToString(CultureInfo.InvariantCulture) == search.Trim());
        }

        if (Family is { } family)
        {
            rows = rows.Where(e => e.Family == family);
        }

        var sorted = Sort(rows.ToList(), EffectiveSort);
        if (Descending)
        {
            sorted.Reverse();
        }

        return sorted;
    }

    private List<RankingEntry> Sort(List<RankingEntry> rows, string column)
    {
        var familyOrder = DisplayOrder.Families(rows.Select(r => r.Family)).Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i);
        Comparison<RankingEntry> byId = (a, b) => a.Id.CompareTo(b.Id);
        Comparison<RankingEntry> comparison = column switch
        {
            IdColumn => byId,
            NameColumn => (a, b) => string.CompareOrdinal(a.Name, b.Name),
            FamilyColumn => (a, b) => familyOrder[a.Family].CompareTo(familyOrder[b.Family]),
            FormColumn => (a, b) => string.CompareOrdinal(a.Form, b.Form),
            _ when Metric is { } one && ScopeOf(column) is { } scope => ByRank(one, scope),
            ValueColumn when Metric is { } one => ByRank(one, RankScope.Global),
            _ when MetricOf(column) is { } metric => ByRank(metric, Within),
            _ => byId,
        };

        // Ties (same family, same rank) by id, so the order is the same on every render.
        rows.Sort((a, b) => comparison(a, b) is var c and not 0 ? c : byId(a, b));
        return rows;
    }

    /// <summary>By rank position (unranked last), then by value better-first (ranks within a family repeat across families).</summary>
    private static Comparison<RankingEntry> ByRank(RankedMetric metric, RankScope scope) => (a, b) =>
    {
        var ra = a.RankOf(metric, scope)?.Position ?? int.MaxValue;
        var rb = b.RankOf(metric, scope)?.Position ?? int.MaxValue;
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }

        var va = a.Values[(int)metric];
        var vb = b.Values[(int)metric];
        return Rankings.LowerIsBetter(metric) ? va.CompareTo(vb) : vb.CompareTo(va);
    };
}
