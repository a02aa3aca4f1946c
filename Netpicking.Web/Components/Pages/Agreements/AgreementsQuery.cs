using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;

namespace Netpicking.Web.Components.Pages.Agreements;

/// <summary>
/// The agreement page's URL state beside the scope bar's: the Core's request (good networks only, the pair — as
/// <c>analyze agreement</c> reads its options) and the heat map's colour scale (sequential from the lowest value, or
/// diverging around the mean of the families' agreement with other families), which only the page has.
/// </summary>
public sealed record AgreementsQuery(AgreementRequest Request, bool Diverging = false)
{
    public const string ScaleKey = "scale";
    public const string DivergingValue = "diverging";

    private static readonly RequestKey Scale = new(ScaleKey, "The heat map's colour scale: sequential or diverging.");

    public AgreementsQuery()
        : this(new AgreementRequest())
    {
    }

    public static AgreementsQuery From(RequestValues values) =>
        new(AgreementRequest.Read(values), string.Equals(values.Text(Scale), DivergingValue, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyDictionary<string, object?> Parameters =>
        QueryValues.Parameters(Request.Parameters.Concat(Scale.Write(Diverging ? DivergingValue : null)));

    /// <summary>This query with <paramref name="change"/> applied to its request.</summary>
    public AgreementsQuery With(Func<AgreementRequest, AgreementRequest> change) => this with { Request = change(Request) };
}
