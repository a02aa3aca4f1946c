using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Shared;

namespace Netpicking.Web.Components.Pages.Ensemble;

/// <summary>
/// The ensembles page's settings in the URL: the curve's cost and largest size, the chosen set (network ids), and the
/// greedy search's cost and budget (null: twice the most accurate network's cost).
/// </summary>
public sealed record EnsembleSettings(
    CostKind CurveCost = CostKind.Params,
    int CurveSize = EnsembleSettings.DefaultCurveSize,
    IReadOnlyList<int>? Members = null,
    CostKind GreedyCost = CostKind.Params,
    double? Budget = null)
{
    public const int DefaultCurveSize = 50;
    public const int MaxCurveSize = 200;
    public const string CurveCostKey = "curve";
    public const string CurveSizeKey = "size";
    public const string MembersKey = "members";
    public const string GreedyCostKey = "gcost";
    public const string BudgetKey = "budget";

    /// <summary>Network ids of the chosen set, in the order they were added.</summary>
    public IReadOnlyList<int> MemberIds => Members ?? [];

    public static EnsembleSettings FromQuery(Func<string, string?> get) => new(
        CostText.Parse(get(CurveCostKey)),
        Math.Clamp(QueryText.ParseInt(get(CurveSizeKey)) ?? DefaultCurveSize, 1, MaxCurveSize),
        QueryText.ParseIds(get(MembersKey)),
        CostText.Parse(get(GreedyCostKey)),
        QueryText.ParseNumber(get(BudgetKey)) is { } budget && budget > 0 ? budget : null);

    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?>
    {
        [CurveCostKey] = CurveCost == CostKind.Params ? null : CostText.Key(CurveCost),
        [CurveSizeKey] = CurveSize == DefaultCurveSize ? null : CurveSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [MembersKey] = QueryText.Ids(MemberIds),
        [GreedyCostKey] = GreedyCost == CostKind.Params ? null : CostText.Key(GreedyCost),
        [BudgetKey] = Budget is { } b ? QueryText.Number(b) : null,
    };
}
