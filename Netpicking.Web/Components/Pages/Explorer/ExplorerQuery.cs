using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;

namespace Netpicking.Web.Components.Pages.Explorer;

/// <summary>
/// The Explorer's URL state beside the scope bar's: the scatter's request (axis, epochs, filters — what <c>analyze
/// scatter</c> reads from its options) and the colour key, which only the page has.
/// </summary>
public sealed record ExplorerQuery(ScatterRequest Scatter, ColourBy Colour = ColourBy.Family)
{
    public const string ColourKey = "colour";

    private static readonly RequestKey Colouring = new(ColourKey, "What colours the points: family, form, activation or epoch.");

    public ExplorerQuery()
        : this(new ScatterRequest())
    {
    }

    public static ExplorerQuery From(RequestValues values) => new(
        ScatterRequest.Read(values),
        Enum.TryParse<ColourBy>(values.Text(Colouring), ignoreCase: true, out var colour) && Enum.IsDefined(colour) ? colour : ColourBy.Family);

    /// <summary>The query parameters to merge into the URL; defaults are left out (null removes a parameter).</summary>
    public IReadOnlyDictionary<string, object?> Parameters => QueryValues.Parameters(
        Scatter.Parameters.Concat(Colouring.Write(Colour == ColourBy.Family ? null : Colour.ToString().ToLowerInvariant())));

    /// <summary>A text that is equal exactly when two queries show the same view (the sets compare by content).</summary>
    public string Key => RequestValues.Describe(Parameters.Select(p => new KeyValuePair<string, string?>(p.Key, (string?)p.Value)));

    /// <summary>The one form the page's form filter picks (the URL may name several; the page shows the first).</summary>
    public string? Form => Scatter.Forms?.Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>This query with <paramref name="change"/> applied to its scatter request.</summary>
    public ExplorerQuery With(Func<ScatterRequest, ScatterRequest> change) => this with { Scatter = change(Scatter) };
}
