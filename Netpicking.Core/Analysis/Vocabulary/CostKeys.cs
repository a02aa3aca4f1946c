namespace Netpicking.Core.Analysis;

/// <summary>
/// The one spelling of each cost wherever a cost is named by key: URLs (<c>?cost=time</c>), command-line values
/// (<c>--cost time</c>), CSV cells and JSON. Older spellings (the enum's names) still read.
/// </summary>
public static class CostKeys
{
    /// <summary>The costs in the order pages and tables list them.</summary>
    public static IReadOnlyList<CostKind> All { get; } = [CostKind.TrainingTime, CostKind.Params, CostKind.Memory, CostKind.Ops];

    /// <summary>The keys, for help texts and messages.</summary>
    public const string Syntax = "params, memory, ops or time";

    public static string Key(CostKind kind) => kind switch
    {
        CostKind.TrainingTime => "time",
        CostKind.Memory => "memory",
        CostKind.Ops => "ops",
        _ => "params",
    };

    /// <summary>Reads a key, or the enum's own name (<c>TrainingTime</c>, <c>training_time</c>), ignoring case.</summary>
    public static bool TryParse(string? text, out CostKind kind)
    {
        var name = text?.Trim().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        foreach (var candidate in All)
        {
            if (string.Equals(name, Key(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The cost <paramref name="text"/> names, or <paramref name="fallback"/> when it names none.</summary>
    public static CostKind Parse(string? text, CostKind fallback) => TryParse(text, out var kind) ? kind : fallback;
}
