namespace Netpicking.Web.Components.Pages.Pick;

/// <summary>The Pick form's editable fields (text as typed); <see cref="ToQuery"/> turns them into the URL's query.</summary>
public sealed class PickForm
{
    public string? MaxParams { get; set; }

    public string? MaxMemory { get; set; }

    public string? MaxTime { get; set; }

    public string? MaxOps { get; set; }

    public string? AtLeast { get; set; }

    public string Objective { get; set; } = Core.Analysis.PickObjective.Accuracy.Name;

    public string? Weights { get; set; }

    public static PickForm Of(PickQuery query) => new()
    {
        MaxParams = query.MaxParams,
        MaxMemory = query.MaxMemory,
        MaxTime = query.MaxTime,
        MaxOps = query.MaxOps,
        AtLeast = query.AtLeast,
        Objective = Canonical(query.Objective),
        Weights = query.Weights,
    };

    public PickQuery ToQuery() => new(MaxParams, MaxMemory, MaxTime, MaxOps, AtLeast?.Replace(" ", "", StringComparison.Ordinal), Objective, Weights);

    /// <summary>The select's spelling of an objective, its key (recall-3 and recall:3 read as recall_3).</summary>
    private static string Canonical(string? objective) =>
        Core.Analysis.PickObjective.TryParse(objective, null, out var parsed) ? parsed.Name : Core.Analysis.PickObjective.Accuracy.Name;
}
