using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Shared;

namespace Netpicking.Web.Components.Pages.Cascades;

/// <summary>
/// The cascades page's settings in the URL: the cheap and the expensive network (zoo ids; null: the defaults, the
/// cheapest good network and the best one) and the cost the cascade is priced in.
/// </summary>
public sealed record CascadeSettings(int? Cheap = null, int? Expensive = null, CostKind Cost = CostKind.Params)
{
    public const string CheapKey = "cheap";
    public const string ExpensiveKey = "expensive";
    public const string CostKey = "cost";

    public static CascadeSettings FromQuery(Func<string, string?> get) =>
        new(QueryText.ParseInt(get(CheapKey)), QueryText.ParseInt(get(ExpensiveKey)), CostText.Parse(get(CostKey)));

    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?>
    {
        [CheapKey] = Cheap?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [ExpensiveKey] = Expensive?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [CostKey] = Cost == CostKind.Params ? null : CostText.Key(Cost),
    };
}
