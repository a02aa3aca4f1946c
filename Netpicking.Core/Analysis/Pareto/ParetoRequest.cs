namespace Netpicking.Core.Analysis;

/// <summary>The cost of the Pareto front (analysis 11); null: a front for every cost.</summary>
public sealed record ParetoRequest(CostKind? Cost = null)
{
    public const string CostName = "cost";

    public static RequestKey CostKey { get; } = new(CostName, $"One cost: {CostKeys.Syntax} (default: a front for each).", "x");

    public static IReadOnlyList<RequestKey> Keys { get; } = [CostKey];

    public static ParetoRequest Read(RequestValues values) => new(values.OptionalCost(CostKey));

    public IEnumerable<KeyValuePair<string, string?>> Parameters => CostKey.Write(Cost is { } c ? CostKeys.Key(c) : null);

    /// <summary>The fronts asked for, in <see cref="CostKeys.All"/> order when every cost is.</summary>
    public IReadOnlyList<ParetoResult> Compute(PopulationSnapshot snapshot) =>
        (Cost is { } one ? [one] : CostKeys.All).Select(cost => ParetoFront.Compute(snapshot, cost)).ToArray();
}
