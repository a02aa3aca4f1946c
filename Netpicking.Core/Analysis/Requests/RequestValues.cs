using System.Globalization;

namespace Netpicking.Core.Analysis;

/// <summary>
/// The named texts of an analysis request — a URL query or the options of a command line — read once, by the same
/// rules for both. A value that cannot be read falls back to its default and is described in <see cref="Problems"/>, in
/// the reader's words (<c>good=90 is a fraction…</c> for a URL, <c>--good is a fraction… (got 90)</c> for a command
/// line): a page shows the problems beside the defaults it used, the command line refuses to run.
/// </summary>
/// <param name="lookup">The text under one spelling of a key, or null.</param>
/// <param name="describe">A problem in words from the spelling found, its text and the rule it broke; URL style when null.</param>
public sealed class RequestValues(Func<string, string?> lookup, Func<string, string, string, string>? describe = null)
{
    private readonly List<string> problems = [];
    private readonly Func<string, string, string, string> describe = describe ?? ((spelling, text, rule) => $"{spelling}={text} {rule}");

    /// <summary>No values at all: every analysis at its defaults.</summary>
    public static RequestValues None => new(_ => null);

    /// <summary>Values from a URL query's parameters (<c>key → value</c>).</summary>
    public static RequestValues FromQuery(IReadOnlyDictionary<string, string?> query) =>
        new(key => query.TryGetValue(key, out var value) ? value : null);

    /// <summary>Values from a command line: problems name the option and quote what it was given.</summary>
    public static RequestValues FromCommandLine(Func<string, string?> lookup) =>
        new(lookup, (spelling, text, rule) => $"--{spelling} {rule}");

    public IReadOnlyList<string> Problems => problems;

    /// <summary>How the reader names <paramref name="key"/> in a message of its own (<c>max-memory=10x</c>, <c>--max-memory</c>).</summary>
    public string NameOf(RequestKey key)
    {
        var (spelling, text) = Found(key) ?? (key.Name, "");
        var described = describe(spelling, text, "");
        return described[..described.IndexOf(' ', StringComparison.Ordinal)];
    }

    /// <summary>Records that <paramref name="key"/>'s value breaks <paramref name="rule"/> ("is a fraction between 0 and 1").</summary>
    public void Problem(RequestKey key, string rule)
    {
        var (spelling, text) = Found(key) ?? (key.Name, "");
        problems.Add(describe(spelling, text, rule));
    }

    /// <summary>A problem that is not about one key's text (e.g. a network that has no results in the scope).</summary>
    public void Problem(string message) => problems.Add(message);

    /// <summary>The key's text (its current spelling first, then its aliases), trimmed; null when absent or blank.</summary>
    public string? Text(RequestKey key) => Found(key)?.Text;

    private (string Spelling, string Text)? Found(RequestKey key)
    {
        foreach (var spelling in key.Spellings)
        {
            if (lookup(spelling) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                return (spelling, value.Trim());
            }
        }

        return null;
    }

    /// <summary>A switch: on when the text is true, 1 or yes (a bare command-line flag reads as true).</summary>
    public bool Flag(RequestKey key) => Text(key)?.ToLowerInvariant() is "true" or "1" or "yes";

    /// <summary>A fraction in [0, 1] (0.8 for 80 %).</summary>
    public double Fraction(RequestKey key, double fallback)
    {
        if (Text(key) is not { } text)
        {
            return fallback;
        }

        if (ParseNumber(text) is { } value and >= 0 and <= 1)
        {
            return value;
        }

        Problem(key, $"is a fraction between 0 and 1, like 0.8 for 80 %");
        return fallback;
    }

    /// <summary>Comma-separated fractions in [0, 1], distinct and ascending; at most <paramref name="max"/> of them.</summary>
    public IReadOnlyList<double> Fractions(RequestKey key, IReadOnlyList<double> fallback, int max = int.MaxValue)
    {
        if (Text(key) is not { } text)
        {
            return fallback;
        }

        var parts = Split(text);
        var values = parts.Select(ParseNumber).ToArray();
        if (values.Length is > 0 && values.Length <= max && values.All(v => v is >= 0 and <= 1))
        {
            return values.Select(v => v!.Value).Distinct().Order().ToArray();
        }

        Problem(key, $"takes up to {(max == int.MaxValue ? "any number of" : max.ToString(CultureInfo.InvariantCulture))} fractions between 0 and 1 separated by commas");
        return fallback;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int Whole(RequestKey key, int fallback, int min = 0, int max = int.MaxValue) => OptionalWhole(key, min, max) ?? fallback;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; null when absent or unreadable.</summary>
    public int? OptionalWhole(RequestKey key, int min = 0, int max = int.MaxValue)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Problem(key, max == int.MaxValue
            ? $"must be a whole number of at least {min}"
            : $"must be a whole number from {min} to {max}");
        return null;
    }

    /// <summary>
    /// A finite number of at least <paramref name="min"/> (above it when <paramref name="exclusive"/>), and below
    /// <paramref name="below"/> when given; null when absent or unreadable.
    /// </summary>
    public double? OptionalNumber(RequestKey key, double min = double.NegativeInfinity, bool exclusive = false, double? below = null)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        if (ParseNumber(text) is { } value && (exclusive ? value > min : value >= min) && (below is null || value < below))
        {
            return value;
        }

        Problem(key, below is { } high
            ? $"must be between {Number(min)} and {Number(high)}"
            : double.IsNegativeInfinity(min)
                ? $"must be a number"
                : $"must be a number {(exclusive ? "above" : "of at least")} {Number(min)}");
        return null;
    }

    /// <summary>Exactly <paramref name="count"/> comma-separated numbers; null when absent or unreadable.</summary>
    public double[]? Numbers(RequestKey key, int count, string what)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        var values = Split(text).Select(ParseNumber).ToArray();
        if (values.Length == count && values.All(v => v is not null))
        {
            return values.Select(v => v!.Value).ToArray();
        }

        Problem(key, $"takes {CountWord(count)} numbers, {what}");
        return null;
    }

    /// <summary>A cost by its key (<see cref="CostKeys"/>).</summary>
    public CostKind Cost(RequestKey key, CostKind fallback) => OptionalCost(key) ?? fallback;

    public CostKind? OptionalCost(RequestKey key)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        if (CostKeys.TryParse(text, out var cost))
        {
            return cost;
        }

        Problem($"Unknown cost '{text}' for {NameOf(key)}. Use {CostKeys.Syntax}.");
        return null;
    }

    /// <summary>Network ids separated by commas, repeats dropped, order kept; null when absent.</summary>
    public IReadOnlyList<int>? Ids(RequestKey key)
    {
        if (Text(key) is not { } text)
        {
            return null;
        }

        var parts = Split(text);
        var bad = parts.Where(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToArray();
        if (bad.Length > 0 || parts.Length == 0)
        {
            Problem(key, $"takes network ids separated by commas; '{string.Join("', '", bad)}' is not an id");
        }

        return parts.Except(bad).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).Distinct().ToArray();
    }

    /// <summary>Names separated by commas (families, forms, activations); null when absent: no filter.</summary>
    public IReadOnlySet<string>? Names(RequestKey key) =>
        Text(key) is { } text ? Split(text).ToHashSet(StringComparer.Ordinal) : null;

    /// <summary>One of <paramref name="choices"/> (case-insensitive).</summary>
    public string Choice(RequestKey key, IReadOnlyList<string> choices, string fallback)
    {
        if (Text(key) is not { } text)
        {
            return fallback;
        }

        if (choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) is { } choice)
        {
            return choice;
        }

        Problem(key, $"is not a choice here: {string.Join(", ", choices.SkipLast(1))} or {choices[^1]}");
        return fallback;
    }

    /// <summary>
    /// The snapshot indices of zoo network ids, in order; an id without results in the scope is a problem (named, not
    /// silently dropped) and left out.
    /// </summary>
    public IReadOnlyList<int> Networks(PopulationSnapshot snapshot, IEnumerable<int> ids)
    {
        var asked = ids.ToArray();
        var missing = asked.Where(id => snapshot.IndexOf(id) < 0).ToArray();
        if (missing.Length > 0)
        {
            var scope = snapshot.Scope;
            Problem($"No results for network {string.Join(", ", missing)} in {scope.Dataset} / {scope.RunSettings} at epoch {scope.Epoch}.");
        }

        return asked.Select(snapshot.IndexOf).Where(i => i >= 0).ToArray();
    }

    /// <summary>The snapshot index of zoo network <paramref name="id"/>; null when none was asked for or it has no results (a problem then).</summary>
    public int? Network(PopulationSnapshot snapshot, int? id) => id is { } asked && Networks(snapshot, [asked]) is [var index] ? index : null;

    /// <summary>A number as requests write them: invariant culture, the shortest text that reads back the same.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Ids as requests write them ("3,17,204"); null for none.</summary>
    public static string? Ids(IEnumerable<int> ids) =>
        string.Join(',', ids.Select(Number)) is { Length: > 0 } text ? text : null;

    /// <summary>Names as requests write them, sorted so equal sets read alike; null for no filter.</summary>
    public static string? Names(IReadOnlySet<string>? names) => names is null ? null : string.Join(',', names.Order(StringComparer.Ordinal));

    /// <summary>
    /// The non-null parameters as one text ("cost=time&amp;cheap=3"): equal exactly when two requests ask the same, since
    /// requests leave their defaults out.
    /// </summary>
    public static string Describe(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        string.Join('&', parameters.Where(p => p.Value is not null).Select(p => $"{p.Key}={p.Value}"));

    private static string CountWord(int count) => count switch
    {
        2 => "two",
        5 => "five",
        _ => Number(count),
    };

    private static double? ParseNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static string[] Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
