namespace Netpicking.Core.Analysis;

/// <summary>
/// The inputs of the overview scatter (analysis 10, the Explorer): the cost on X, whether every tested epoch is shown
/// or only the scope's, the filters (a null set keeps everything; range bounds in the axes' units, scores as fractions)
/// and the size of the top list. The score on Y is the scope's.
/// </summary>
public sealed record ScatterRequest(
    CostKind X = CostKind.Params,
    bool AllEpochs = false,
    IReadOnlySet<string>? Families = null,
    IReadOnlySet<string>? Forms = null,
    IReadOnlySet<string>? Activations = null,
    double? XMin = null,
    double? XMax = null,
    double? YMin = null,
    double? YMax = null,
    int Top = OverviewScatter.DefaultTop)
{
    public const string AllEpochsValue = "all";

    public const string XName = "x";

    public static RequestKey XKey { get; } = new(XName, $"The cost on the X axis: {CostKeys.Syntax} (default params).");

    public const string EpochsName = "epochs";

    public static RequestKey EpochsKey { get; } = new(EpochsName, "all: a point per tested epoch; otherwise only the scope's epoch.");

    public const string FamiliesName = "families";

    public static RequestKey FamiliesKey { get; } = new(FamiliesName, "Keep only these families (comma-separated).");

    public const string FormsName = "forms";

    public static RequestKey FormsKey { get; } = new(FormsName, "Keep only these forms (comma-separated).", "form");

    public const string ActivationsName = "activations";

    public static RequestKey ActivationsKey { get; } = new(ActivationsName, "Keep only these activations (comma-separated).");

    public const string XMinName = "xmin";

    public static RequestKey XMinKey { get; } = new(XMinName, "Keep only points whose cost is at least this.");

    public const string XMaxName = "xmax";

    public static RequestKey XMaxKey { get; } = new(XMaxName, "Keep only points whose cost is at most this.");

    public const string YMinName = "ymin";

    public static RequestKey YMinKey { get; } = new(YMinName, "Keep only points whose score is at least this (a fraction).");

    public const string YMaxName = "ymax";

    public static RequestKey YMaxKey { get; } = new(YMaxName, "Keep only points whose score is at most this (a fraction).");

    public const string TopName = "top";

    public static RequestKey TopKey { get; } = new(TopName, "How many points the top list holds (default 10).");

    public static IReadOnlyList<RequestKey> Keys { get; } =
        [XKey, EpochsKey, FamiliesKey, FormsKey, ActivationsKey, XMinKey, XMaxKey, YMinKey, YMaxKey, TopKey];

    public static ScatterRequest Read(RequestValues values) => new(
        values.Cost(XKey, CostKind.Params),
        string.Equals(values.Text(EpochsKey), AllEpochsValue, StringComparison.OrdinalIgnoreCase),
        values.Names(FamiliesKey),
        values.Names(FormsKey),
        values.Names(ActivationsKey),
        values.OptionalNumber(XMinKey),
        values.OptionalNumber(XMaxKey),
        values.OptionalNumber(YMinKey),
        values.OptionalNumber(YMaxKey),
        values.Whole(TopKey, OverviewScatter.DefaultTop, min: 1));

    /// <summary>The query parameters to merge into a URL; defaults are left out (null removes a parameter).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
    [
        .. XKey.Write(X == CostKind.Params ? null : CostKeys.Key(X)),
        .. EpochsKey.Write(AllEpochs ? AllEpochsValue : null),
        .. FamiliesKey.Write(RequestValues.Names(Families)),
        .. FormsKey.Write(RequestValues.Names(Forms)),
        .. ActivationsKey.Write(RequestValues.Names(Activations)),
        .. XMinKey.Write(XMin is { } a ? RequestValues.Number(a) : null),
        .. XMaxKey.Write(XMax is { } b ? RequestValues.Number(b) : null),
        .. YMinKey.Write(YMin is { } c ? RequestValues.Number(c) : null),
        .. YMaxKey.Write(YMax is { } d ? RequestValues.Number(d) : null),
        .. TopKey.Write(Top == OverviewScatter.DefaultTop ? null : RequestValues.Number(Top)),
    ];

    /// <summary>Whether any filter (beyond the epochs) is set.</summary>
    public bool Filters => Families is not null || Forms is not null || Activations is not null
        || XMin is not null || XMax is not null || YMin is not null || YMax is not null;

    /// <summary>This request without its filters (axis, epochs and top list kept).</summary>
    public ScatterRequest Cleared => new(X, AllEpochs, Top: Top);

    /// <summary>The epochs shown: every tested epoch, or the scope's.</summary>
    public IReadOnlySet<int>? Epochs(PopulationSnapshot snapshot) => AllEpochs ? null : new HashSet<int> { snapshot.Scope.Epoch };

    public ScatterFilter Filter(PopulationSnapshot snapshot) =>
        new(Families, Forms, Activations, Epochs(snapshot), XMin, XMax, YMin, YMax);

    public ScatterResult Compute(PopulationSnapshot snapshot) =>
        OverviewScatter.Compute(snapshot, X, snapshot.Scope.Score, Filter(snapshot), Top);

    public bool Equals(ScatterRequest? other) => other is not null && RequestValues.Describe(Parameters) == RequestValues.Describe(other.Parameters);

    public override int GetHashCode() => RequestValues.Describe(Parameters).GetHashCode(StringComparison.Ordinal);
}
