namespace Netpicking.Core.Analysis;

/// <summary>
/// The inputs of a cascade (analysis 13): the cheap and the expensive network (zoo ids; null: the default pair of
/// <see cref="Cascade.DefaultPair"/>), the cost it is priced in, and the confidence thresholds.
/// </summary>
public sealed record CascadeRequest(int? Cheap = null, int? Expensive = null, CostKind Cost = CostKind.Params, IReadOnlyList<double>? Thresholds = null)
{
    public const string CheapName = "cheap";

    public static RequestKey CheapKey { get; } = new(CheapName, "The cheap network's id, which answers first (default: the cheapest good network by the cost).");

    public const string ExpensiveName = "expensive";

    public static RequestKey ExpensiveKey { get; } = new(ExpensiveName, "The expensive network's id, which it defers to (default: the best network).");

    public const string CostName = "cost";

    public static RequestKey CostKey { get; } = new(CostName, $"The cost averaged per image: {CostKeys.Syntax} (default params).", "x");

    public const string ThresholdsName = "thresholds";

    public static RequestKey ThresholdsKey { get; } = new(ThresholdsName, "Confidence thresholds, comma-separated (default 0, 0.05, …, 1).");

    public const string NetworksName = "networks";

    public static RequestKey NetworksKey { get; } = new(NetworksName, "Both networks at once, the cheap one first: cheap,expensive.");

    public static IReadOnlyList<RequestKey> Keys { get; } = [CheapKey, ExpensiveKey, CostKey, ThresholdsKey, NetworksKey];

    public IReadOnlyList<double> ThresholdsOrDefault => Thresholds ?? Cascade.DefaultThresholds;

    public static CascadeRequest Read(RequestValues values)
    {
        var cheap = values.OptionalWhole(CheapKey);
        var expensive = values.OptionalWhole(ExpensiveKey);
        if (values.Ids(NetworksKey) is { } pair)
        {
            if (pair.Count == 2)
            {
                (cheap, expensive) = (cheap ?? pair[0], expensive ?? pair[1]);
            }
            else
            {
                values.Problem(NetworksKey, $"takes two ids for a cascade, the cheap one first");
            }
        }

        var thresholds = values.Text(ThresholdsKey) is null ? null : values.Fractions(ThresholdsKey, Cascade.DefaultThresholds);
        return new CascadeRequest(cheap, expensive, values.Cost(CostKey, CostKind.Params), thresholds);
    }

    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
    [
        .. CheapKey.Write(Cheap is { } c ? RequestValues.Number(c) : null),
        .. ExpensiveKey.Write(Expensive is { } e ? RequestValues.Number(e) : null),
        .. CostKey.Write(Cost == CostKind.Params ? null : CostKeys.Key(Cost)),
        .. ThresholdsKey.Write(Thresholds is null ? null : string.Join(',', Thresholds.Select(RequestValues.Number))),
        .. NetworksKey.Write(null),
    ];

    /// <summary>
    /// The snapshot indices of the two networks: those asked for, or the default pair in their place (a network asked
    /// for without results in the scope is named in <paramref name="values"/>); null when the snapshot has no pair.
    /// </summary>
    public (int Cheap, int Expensive)? Pair(PopulationSnapshot snapshot, RequestValues values)
    {
        var defaults = Cascade.DefaultPair(snapshot, Cost, GoodAndGold.Classify(snapshot));
        var cheap = values.Network(snapshot, Cheap) ?? defaults?.Cheap ?? -1;
        var expensive = values.Network(snapshot, Expensive) ?? defaults?.Expensive ?? -1;
        return cheap >= 0 && expensive >= 0 ? (cheap, expensive) : null;
    }

    /// <summary>The cascade of <see cref="Pair"/>; null when there is no pair.</summary>
    public CascadeResult? Compute(PopulationSnapshot snapshot, RequestValues values) =>
        Pair(snapshot, values) is var (cheap, expensive) ? Cascade.Compute(snapshot, cheap, expensive, Cost, ThresholdsOrDefault) : null;

    public bool Equals(CascadeRequest? other) => other is not null && RequestValues.Describe(Parameters) == RequestValues.Describe(other.Parameters);

    public override int GetHashCode() => RequestValues.Describe(Parameters).GetHashCode(StringComparison.Ordinal);
}
