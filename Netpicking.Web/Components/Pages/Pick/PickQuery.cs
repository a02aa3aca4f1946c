using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Netpicking.Core.Analysis;

namespace Netpicking.Web.Components.Pages.Pick;

/// <summary>
/// The Pick page's constraints and objective as they live in the URL (next to the scope's dataset, run and epoch), so a
/// link reproduces a question: <c>?maxParams=20000&amp;maxMemory=160KB&amp;maxTime=60&amp;maxOps=50000&amp;atLeast=0:3,12:7&amp;objective=recall:3</c>.
/// Texts are kept as written; <see cref="ToRequest"/> reads them with the same parsers as <c>analyze pick</c>.
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
    public const string MaxParamsKey = "maxParams";
    public const string MaxMemoryKey = "maxMemory";
    public const string MaxTimeKey = "maxTime";
    public const string MaxOpsKey = "maxOps";
    public const string AtLeastKey = "atLeast";
    public const string ObjectiveKey = "objective";
    public const string WeightsKey = "weights";

    public static PickQuery FromUri(string uri)
    {
        var question = uri.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return new PickQuery();
        }

        var hash = uri.IndexOf('#', question);
        var query = QueryHelpers.ParseQuery(hash < 0 ? uri[question..] : uri[question..hash]);
        string? Get(string key) => query.TryGetValue(key, out var values) && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;
        return new PickQuery(Get(MaxParamsKey), Get(MaxMemoryKey), Get(MaxTimeKey), Get(MaxOpsKey), Get(AtLeastKey), Get(ObjectiveKey), Get(WeightsKey));
    }

    /// <summary>The query parameters to merge into a URL (nulls remove a parameter); the scope's are left alone.</summary>
    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?>
    {
        [MaxParamsKey] = Blank(MaxParams),
        [MaxMemoryKey] = Blank(MaxMemory),
        [MaxTimeKey] = Blank(MaxTime),
        [MaxOpsKey] = Blank(MaxOps),
        [AtLeastKey] = Blank(AtLeast),
        [ObjectiveKey] = Blank(Objective) is { } o && o != "accuracy" ? o : null,
        [WeightsKey] = Blank(Objective) == "set-score" ? Blank(Weights) : null,
    };

    /// <summary>
    /// The request this query asks, with, per constraint (in the request's order), the query without it; and what could
    /// not be read, in plain words (those parts are left out rather than failing the page).
    /// </summary>
    public (PickRequest Request, IReadOnlyList<PickQuery> Without, IReadOnlyList<string> Problems) ToRequest()
    {
        var problems = new List<string>();
        var constraints = new List<PickConstraint>();
        var without = new List<PickQuery>();

        void Limit(string? text, string what, Func<double, PickConstraint> make, PickQuery dropped)
        {
            if (text is null)
            {
                return;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
            {
                constraints.Add(make(value));
                without.Add(dropped);
            }
            else
            {
                problems.Add($"The {what} limit '{text}' is not a number of at least 0; it is left out.");
            }
        }

        Limit(MaxParams, "params", PickConstraint.MaxParams, this with { MaxParams = null });
        if (MaxMemory is not null)
        {
            try
            {
                constraints.Add(PickConstraint.ParseMemory(MaxMemory));
                without.Add(this with { MaxMemory = null });
            }
            catch (FormatException e)
            {
                problems.Add(e.Message + " It is left out.");
            }
        }

        Limit(MaxTime, "training time", PickConstraint.MaxTrainingSeconds, this with { MaxTime = null });
        Limit(MaxOps, "ops", PickConstraint.MaxOps, this with { MaxOps = null });
        var floors = Floors();
        for (var f = 0; f < floors.Count; f++)
        {
            try
            {
                constraints.Add(PickConstraint.ParseRecallFloor(floors[f]));
                without.Add(this with { AtLeast = Join(floors.Where((_, k) => k != f)) });
            }
            catch (FormatException e)
            {
                problems.Add(e.Message + " It is left out.");
            }
        }

        SetOutcomeWeights? weights = null;
        if (Weights is not null)
        {
            var parts = Weights.Split(',', StringSplitOptions.TrimEntries);
            var values = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
            if (values.Length == 5 && values.All(double.IsFinite))
            {
                weights = new SetOutcomeWeights(values[0], values[1], values[2], values[3], values[4]);
            }
            else
            {
                problems.Add($"The weights '{Weights}' are not five numbers; the defaults (1, −6, −12, −9, −8) are used.");
            }
        }

        if (!PickObjective.TryParse(Objective ?? "accuracy", weights, out var objective))
        {
            problems.Add($"'{Objective}' is not an objective ({PickObjective.Syntax}); accuracy is used.");
            objective = PickObjective.Accuracy;
        }

        return (new PickRequest(constraints, objective), without, problems);
    }

    /// <summary>The recall floors as written, X:k each.</summary>
    public IReadOnlyList<string> Floors() =>
        AtLeast?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static string? Join(IEnumerable<string> floors) => string.Join(',', floors) is { Length: > 0 } text ? text : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
