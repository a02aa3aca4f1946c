using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Shared;

namespace Netpicking.Web.Components.Pages.Explorer;

/// <summary>
/// The explorer's own settings as they live in the URL query (the scope bar's dataset, run, epoch and score are the
/// frame's): the cost on X, the colour key, which epochs, and the filters. A null set keeps everything; range bounds
/// are in the axes' units (scores as fractions).
/// </summary>
public sealed record ExplorerSettings(
    CostKind X = CostKind.Params,
    ColourBy Colour = ColourBy.Family,
    bool AllEpochs = false,
    IReadOnlySet<string>? Families = null,
    IReadOnlySet<string>? Activations = null,
    string? Form = null,
    double? XMin = null,
    double? XMax = null,
    double? YMin = null,
    double? YMax = null)
{
    public const string XKey = "x";
    public const string ColourKey = "colour";
    public const string EpochsKey = "epochs";
    public const string FamiliesKey = "families";
    public const string ActivationsKey = "activations";
    public const string FormKey = "form";
    public const string XMinKey = "xmin";
    public const string XMaxKey = "xmax";
    public const string YMinKey = "ymin";
    public const string YMaxKey = "ymax";

    public static ExplorerSettings FromQuery(Func<string, string?> get) => new(
        CostText.Parse(get(XKey)),
        Enum.TryParse<ColourBy>(get(ColourKey), ignoreCase: true, out var colour) && Enum.IsDefined(colour) ? colour : ColourBy.Family,
        string.Equals(get(EpochsKey), "all", StringComparison.OrdinalIgnoreCase),
        QueryText.ParseNames(get(FamiliesKey)),
        QueryText.ParseNames(get(ActivationsKey)),
        string.IsNullOrWhiteSpace(get(FormKey)) ? null : get(FormKey),
        QueryText.ParseNumber(get(XMinKey)),
        QueryText.ParseNumber(get(XMaxKey)),
        QueryText.ParseNumber(get(YMinKey)),
        QueryText.ParseNumber(get(YMaxKey)));

    /// <summary>The query parameters to merge into the URL; defaults are left out (null removes a parameter).</summary>
    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?>
    {
        [XKey] = X == CostKind.Params ? null : CostText.Key(X),
        [ColourKey] = Colour == ColourBy.Family ? null : Colour.ToString().ToLowerInvariant(),
        [EpochsKey] = AllEpochs ? "all" : null,
        [FamiliesKey] = QueryText.Names(Families),
        [ActivationsKey] = QueryText.Names(Activations),
        [FormKey] = Form,
        [XMinKey] = XMin is { } a ? QueryText.Number(a) : null,
        [XMaxKey] = XMax is { } b ? QueryText.Number(b) : null,
        [YMinKey] = YMin is { } c ? QueryText.Number(c) : null,
        [YMaxKey] = YMax is { } d ? QueryText.Number(d) : null,
    };

    /// <summary>A text that is equal exactly when two settings show the same view (the sets compare by content).</summary>
    public string Key => string.Join('&', Parameters.Where(p => p.Value is not null).Select(p => $"{p.Key}={p.Value}"));

    public bool Filters => Families is not null || Activations is not null || Form is not null
        || XMin is not null || XMax is not null || YMin is not null || YMax is not null;

    /// <summary>These settings without any filter (axes, colour and epochs kept).</summary>
    public ExplorerSettings Cleared => new(X, Colour, AllEpochs);

    public ScatterFilter Filter(int scopeEpoch) => new(
        Families,
        Form is null ? null : new HashSet<string>(StringComparer.Ordinal) { Form },
        Activations,
        AllEpochs ? null : new HashSet<int> { scopeEpoch },
        XMin,
        XMax,
        YMin,
        YMax);
}
