namespace Netpicking.Core.Analysis;

/// <summary>
/// The inputs of the ensembles (analysis 8): the size curve's cost and largest size, a chosen set (zoo ids), and the
/// greedy search's cost and budget (null: <see cref="DefaultBudgetFactor"/> times the most accurate network's cost).
/// </summary>
public sealed record EnsemblesRequest(
    CostKind CurveCost = CostKind.Params,
    int MaxSize = EnsemblesRequest.DefaultMaxSize,
    IReadOnlyList<int>? Members = null,
    CostKind GreedyCost = CostKind.Params,
    double? Budget = null)
{
    public const int DefaultMaxSize = 50;
    public const int MaxMaxSize = 200;

    /// <summary>The greedy search stops after this many members.</summary>
    public const int MaxGreedyMembers = 10;

    /// <summary>Twice the best network's cost by default: its own cost alone would buy just itself, the greedy search's first pick.</summary>
    public const double DefaultBudgetFactor = 2;

    // "x" was the command line's one cost for both the curve and the greedy search.
    public const string CurveCostName = "curve-cost";

    public static RequestKey CurveCostKey { get; } =
        new(CurveCostName, $"The cost that orders the cheapest networks on the size curve: {CostKeys.Syntax} (default params).", "curve", "x");

    public const string MaxSizeName = "max-size";

    public static RequestKey MaxSizeKey { get; } = new(MaxSizeName, "The largest ensemble of the cheapest networks on the curve, up to 200 (default 50).", "size");

    public const string MembersName = "members";

    public static RequestKey MembersKey { get; } = new(MembersName, "Score the ensemble of these network ids (comma-separated).", "networks");

    public const string GreedyCostName = "greedy-cost";

    public static RequestKey GreedyCostKey { get; } =
        new(GreedyCostName, $"The cost the greedy search's budget counts: {CostKeys.Syntax} (default params).", "gcost", "x");

    public const string BudgetName = "budget";

    public static RequestKey BudgetKey { get; } =
        new(BudgetName, "The greedy search's budget in its cost's units (default: twice the most accurate network's cost).");

    public static IReadOnlyList<RequestKey> Keys { get; } = [CurveCostKey, MaxSizeKey, MembersKey, GreedyCostKey, BudgetKey];

    /// <summary>Network ids of the chosen set, in the order they were added.</summary>
    public IReadOnlyList<int> MemberIds => Members ?? [];

    public static EnsemblesRequest Read(RequestValues values) => new(
        values.Cost(CurveCostKey, CostKind.Params),
        values.Whole(MaxSizeKey, DefaultMaxSize, 1, MaxMaxSize),
        values.Ids(MembersKey),
        values.Cost(GreedyCostKey, CostKind.Params),
        values.OptionalNumber(BudgetKey, 0, exclusive: true));

    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
    [
        .. CurveCostKey.Write(CurveCost == CostKind.Params ? null : CostKeys.Key(CurveCost)),
        .. MaxSizeKey.Write(MaxSize == DefaultMaxSize ? null : RequestValues.Number(MaxSize)),
        .. MembersKey.Write(RequestValues.Ids(MemberIds)),
        .. GreedyCostKey.Write(GreedyCost == CostKind.Params ? null : CostKeys.Key(GreedyCost)),
        .. BudgetKey.Write(Budget is { } b ? RequestValues.Number(b) : null),
    ];

    public EnsembleCurve Curve(PopulationSnapshot snapshot, CancellationToken cancellationToken = default) =>
        Ensembles.SizeCurve(snapshot, CurveCost, MaxSize, cancellationToken);

    /// <summary>The chosen set's score; null without members (those without results in the scope are left out and named in <paramref name="values"/>).</summary>
    public EnsembleScore? Set(PopulationSnapshot snapshot, RequestValues values) =>
        values.Networks(snapshot, MemberIds) is { Count: > 0 } members ? Ensembles.Score(snapshot, members) : null;

    /// <summary>The budget the greedy search runs with: the requested one, or the default from the most accurate network.</summary>
    public double GreedyBudget(PopulationSnapshot snapshot) =>
        Budget ?? (Ensembles.BestByAccuracy(snapshot) is var best and >= 0 ? DefaultBudgetFactor * snapshot.Cost(best, GreedyCost) : double.NaN);

    /// <summary>The greedy ensemble; null when the budget cannot be worked out (no network has the cost).</summary>
    public GreedyEnsembleResult? Greedy(PopulationSnapshot snapshot, CancellationToken cancellationToken = default) =>
        GreedyBudget(snapshot) is var budget && !double.IsNaN(budget)
            ? Ensembles.Greedy(snapshot, GreedyCost, budget, MaxGreedyMembers, cancellationToken)
            : null;

    public EnsemblesResult Compute(PopulationSnapshot snapshot, RequestValues values) =>
        new(Curve(snapshot), Set(snapshot, values), Greedy(snapshot));

    public bool Equals(EnsemblesRequest? other) => other is not null && RequestValues.Describe(Parameters) == RequestValues.Describe(other.Parameters);

    public override int GetHashCode() => RequestValues.Describe(Parameters).GetHashCode(StringComparison.Ordinal);
}
