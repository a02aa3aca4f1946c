namespace Netpicking.Web.Services;

/// <summary>The Zoo table's filters and sort order; applying it is pure so it is tested without a browser.</summary>
public sealed record ZooQuery(
    string? Search = null,
    string? Group = null,
    string? Form = null,
    string? Activation = null,
    string SortBy = nameof(ZooRow.Id),
    bool Descending = false)
{
    public static IReadOnlyList<string> SortableColumns { get; } =
    [
        nameof(ZooRow.Id), nameof(ZooRow.Name), nameof(ZooRow.Group), nameof(ZooRow.Form),
        nameof(ZooRow.Activation), nameof(ZooRow.Depth), nameof(ZooRow.Params), nameof(ZooRow.Memory),
        nameof(ZooRow.Ops), nameof(ZooRow.Layers), AccuracyColumn,
    ];

    /// <summary>The results column: not part of <see cref="ZooRow"/>, which holds only what the spec determines.</summary>
    public const string AccuracyColumn = "Accuracy";

    /// <param name="rows">The zoo's rows.</param>
    /// <param name="accuracyOf">A network's best stored accuracy (null: none), for sorting by results; untrained sort last.</param>
    public List<ZooRow> Apply(IEnumerable<ZooRow> rows, Func<int, double?>? accuracyOf = null)
    {
        var filtered = rows.Where(r =>
            (string.IsNullOrWhiteSpace(Search) || r.Name.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase)) &&
            (string.IsNullOrEmpty(Group) || r.Group == Group) &&
            (string.IsNullOrEmpty(Form) || r.Form == Form) &&
            (string.IsNullOrEmpty(Activation) || r.Activation.ToString() == Activation));

        Func<ZooRow, IComparable> key = SortBy switch
        {
            nameof(ZooRow.Name) => r => r.Name,
            nameof(ZooRow.Group) => r => r.Group,
            nameof(ZooRow.Form) => r => r.Form,
            nameof(ZooRow.Activation) => r => r.Activation.ToString(),
            nameof(ZooRow.Depth) => r => r.Depth,
            nameof(ZooRow.Params) => r => r.Params,
            nameof(ZooRow.Memory) => r => r.Memory,
            nameof(ZooRow.Ops) => r => r.Ops,
            nameof(ZooRow.Layers) => r => r.Layers,
            AccuracyColumn => r => accuracyOf?.Invoke(r.Id) is { } a && !double.IsNaN(a) ? a : (Descending ? double.NegativeInfinity : double.PositiveInfinity),
            _ => r => r.Id,
        };

        // Ties keep id order so the table never jumps between renders.
        var ordered = Descending
            ? filtered.OrderByDescending(key, Comparer<IComparable>.Create(CompareKeys)).ThenBy(r => r.Id)
            : filtered.OrderBy(key, Comparer<IComparable>.Create(CompareKeys)).ThenBy(r => r.Id);
        return ordered.ToList();
    }

    /// <summary>Clicking the sorted column flips the direction; another column sorts ascending.</summary>
    public ZooQuery SortedBy(string column) =>
        this with { SortBy = column, Descending = SortBy == column && !Descending };

    private static int CompareKeys(IComparable? a, IComparable? b) =>
        a is string sa && b is string sb ? string.CompareOrdinal(sa, sb) : Comparer<IComparable>.Default.Compare(a!, b!);
}
