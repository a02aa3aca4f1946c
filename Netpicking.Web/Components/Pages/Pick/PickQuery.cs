using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;

namespace Netpicking.Web.Components.Pages.Pick;

/// <summary>
/// The Pick page's constraints and objective as they live in the URL (next to the scope's dataset, run and epoch), so a
/// link reproduces a question: <c>?max-params=20000&amp;max-memory=160KB&amp;max-time=60&amp;max-ops=50000&amp;at-least=0:3,12:7&amp;objective=recall_3</c>.
/// Texts are kept as written (so a link dropping one constraint keeps the others as typed); <see cref="ToRequest"/>
/// reads them with the Core's reader, the one <c>analyze pick</c> reads its options with.
/// </summary>
public sealed record PickQuery(
    string? MaxParams = null,
    string? MaxMemory = null,
    string? MaxTime = null,
    string? MaxOps = null,
    string? AtLeast = null,
    string? Objective = null,
    string? Weights = null)
{
    public static PickQuery FromUri(string uri)
    {
        var values = QueryValues.Of(uri);
        return new PickQuery(
            values.Text(PickRequest.MaxParamsKey), values.Text(PickRequest.MaxMemoryKey), values.Text(PickRequest.MaxTimeKey),
            values.Text(PickRequest.MaxOpsKey), values.Text(PickRequest.AtLeastKey), values.Text(PickRequest.ObjectiveKey),
            values.Text(PickRequest.WeightsKey));
    }

    /// <summary>The query parameters to merge into a URL (nulls remove a parameter, and older spellings go); the scope's are left alone.</summary>
    public IReadOnlyDictionary<string, object?> Parameters
    {
        get
        {
            var objective = PickObjective.TryParse(Blank(Objective), null, out var parsed) ? parsed : null;
            return QueryValues.Parameters(
            [
                .. PickRequest.MaxParamsKey.Write(Blank(MaxParams)),
                .. PickRequest.MaxMemoryKey.Write(Blank(MaxMemory)),
                .. PickRequest.MaxTimeKey.Write(Blank(MaxTime)),
                .. PickRequest.MaxOpsKey.Write(Blank(MaxOps)),
                .. PickRequest.AtLeastKey.Write(Blank(AtLeast)),
                .. PickRequest.ObjectiveKey.Write(objective is null ? Blank(Objective) : objective == PickObjective.Accuracy ? null : objective.Name),
                .. PickRequest.WeightsKey.Write(objective?.NeedsProbabilities == true ? Blank(Weights) : null),
            ]);
        }
    }

    /// <summary>
    /// The request this query asks, with, per constraint (in the request's order), the query without it; and what could
    /// not be read, in plain words (those parts are left out rather than failing the page).
    /// </summary>
    public (PickRequest Request, IReadOnlyList<PickQuery> Without, IReadOnlyList<string> Problems) ToRequest()
    {
        var values = RequestValues.FromQuery(new Dictionary<string, string?>
        {
            [PickRequest.MaxParamsName] = MaxParams,
            [PickRequest.MaxMemoryName] = MaxMemory,
            [PickRequest.MaxTimeName] = MaxTime,
            [PickRequest.MaxOpsName] = MaxOps,
            [PickRequest.AtLeastName] = AtLeast,
            [PickRequest.ObjectiveName] = Objective,
            // The page offers weights only with the set score; elsewhere they are not asked for.
            [PickRequest.WeightsName] = PickObjective.TryParse(Objective, null, out var o) && o.NeedsProbabilities ? Weights : null,
        });
        var request = PickRequest.Read(values);
        return (request, request.Constraints.Select(Without).ToArray(), values.Problems);
    }

    /// <summary>The recall floors as written, X:k each.</summary>
    public IReadOnlyList<string> Floors() => PickRequest.Floors(AtLeast);

    private PickQuery Without(PickConstraint constraint) => constraint.Kind switch
    {
        PickConstraintKind.MaxParams => this with { MaxParams = null },
        PickConstraintKind.MaxMemory => this with { MaxMemory = null },
        PickConstraintKind.MaxTrainingTime => this with { MaxTime = null },
        PickConstraintKind.MaxOps => this with { MaxOps = null },
        _ => this with { AtLeast = Join(WithoutFirst(Floors(), constraint.Written)) },
    };

    private static IEnumerable<string> WithoutFirst(IReadOnlyList<string> floors, string? floor)
    {
        var index = floors.ToList().IndexOf(floor ?? "");
        return floors.Where((_, k) => k != index);
    }

    private static string? Join(IEnumerable<string> floors) => string.Join(',', floors) is { Length: > 0 } text ? text : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
