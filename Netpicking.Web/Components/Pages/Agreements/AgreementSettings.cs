using Netpicking.Web.Components.Shared;

namespace Netpicking.Web.Components.Pages.Agreements;

/// <summary>
/// The agreement page's settings in the URL: the heat map's colour scale (sequential from the lowest value, or diverging
/// around the mean of the families' agreement with other families), whether only good networks count, and the two
/// networks of the pairwise check (zoo ids; null: the defaults).
/// </summary>
public sealed record AgreementSettings(bool Diverging = false, bool GoodOnly = false, int? First = null, int? Second = null)
{
    public const string ScaleKey = "scale";
    public const string NetworksKey = "among";
    public const string FirstKey = "a";
    public const string SecondKey = "b";

    public static AgreementSettings FromQuery(Func<string, string?> get) => new(
        string.Equals(get(ScaleKey), "diverging", StringComparison.OrdinalIgnoreCase),
        string.Equals(get(NetworksKey), "good", StringComparison.OrdinalIgnoreCase),
        QueryText.ParseInt(get(FirstKey)),
        QueryText.ParseInt(get(SecondKey)));

    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?>
    {
        [ScaleKey] = Diverging ? "diverging" : null,
        [NetworksKey] = GoodOnly ? "good" : null,
        [FirstKey] = First?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [SecondKey] = Second?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
