using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;

namespace Netpicking.Web.Components.Pages.PredictionSet;

/// <summary>
/// The prediction-sets page's URL state beside the scope bar's: the RAPS options and outcome weights (the Core's
/// request, read as <c>analyze prediction-sets</c> reads its options) and the table's sort, which only the page has.
/// </summary>
public sealed record PredictionSetQuery(PredictionSetsRequest Request, string Sort = PredictionSetQuery.DefaultSort, bool Descending = true)
{
    public const string SortKey = "sort";
    public const string AscendingKey = "asc";
    public const string DefaultSort = "weighted";

    private static readonly RequestKey SortBy = new(SortKey, "The column the table is sorted by.");
    private static readonly RequestKey Ascending = RequestKey.Flag(AscendingKey, "Sort ascending.");

    public static IReadOnlyList<string> SortColumns { get; } =
        ["name", "accuracy", "coverage", "size", "cs", "cu", "ws", "wo", "wi", "weighted"];

    public PredictionSetQuery()
        : this(PredictionSetsRequest.Default)
    {
    }

    public RapsOptions Options => Request.Options;

    public SetOutcomeWeights Weights => Request.Weights;

    /// <summary>Reads the URL; values out of range fall back to the defaults (and are named in <paramref name="values"/>' problems).</summary>
    public static PredictionSetQuery From(RequestValues values) =>
        new(PredictionSetsRequest.Read(values), values.Text(SortBy) is { } s && SortColumns.Contains(s) ? s : DefaultSort, !values.Flag(Ascending));

    public IReadOnlyDictionary<string, object?> Parameters => QueryValues.Parameters(
    [
        .. Request.Parameters,
        .. SortBy.Write(Sort == DefaultSort ? null : Sort),
        .. Ascending.Write(Descending ? null : "true"),
    ]);
}
