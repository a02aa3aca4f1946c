using System.Globalization;
using Netpicking.Core.Analysis;

namespace Netpicking.Web.Components.Pages.Scores;

/// <summary>
/// The editable thresholds of the Scores page (docs/analyses.md#threshold-table and #good-networks-and-gold-stars), as fractions: <b>good</b> (≥ at every tested
/// epoch), <b>gold star</b> (&gt; at the scope's epoch) and the levels of the threshold table. They live in the URL
/// (<c>?good=0.9&amp;gold=0.95&amp;levels=0.8,0.9</c>) so a reload or a link restores them; defaults are left out of it.
/// </summary>
public sealed record ScoreThresholds(double Good, double Gold, IReadOnlyList<double> Levels)
{
    public const string GoodKey = "good";
    public const string GoldKey = "gold";
    public const string LevelsKey = "levels";

    /// <summary>More columns than this would not fit the threshold table's card.</summary>
    public const int MaxLevels = 8;

    public static ScoreThresholds Default { get; } =
        new(GoodAndGold.DefaultGoodThreshold, GoodAndGold.DefaultGoldThreshold, ThresholdTable.DefaultThresholds);

    public bool IsDefault => Equals(Default);

    /// <summary>Reads the URL's values; a value that is not a fraction in [0, 1] falls back to the default and is named in <paramref name="problems"/>.</summary>
    public static ScoreThresholds FromQuery(string? good, string? gold, string? levels, out IReadOnlyList<string> problems)
    {
        var notes = new List<string>();
        double Fraction(string key, string? text, double fallback)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return fallback;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                return value;
            }

            notes.Add($"{key}={text} is not a fraction between 0 and 1, so {PercentText(fallback)} % is used");
            return fallback;
        }

        var parsedLevels = Default.Levels;
        if (!string.IsNullOrWhiteSpace(levels))
        {
            var parts = levels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var values = new List<double>();
            foreach (var part in parts)
            {
                if (double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
                {
                    values.Add(value);
                }
            }

            if (values.Count == parts.Length && values.Count is > 0 and <= MaxLevels)
            {
                parsedLevels = Normalise(values);
            }
            else
            {
                notes.Add($"levels={levels} is not a list of up to {MaxLevels} fractions between 0 and 1, so the default levels are used");
            }
        }

        problems = notes;
        return new ScoreThresholds(
            Fraction(GoodKey, good, Default.Good),
            Fraction(GoldKey, gold, Default.Gold),
            parsedLevels);
    }

    /// <summary>The query parameters to merge into the URL; defaults are removed (null) to keep links short.</summary>
    public IReadOnlyDictionary<string, object?> Parameters => new Dictionary<string, object?>
    {
        [GoodKey] = Good == Default.Good ? null : Invariant(Good),
        [GoldKey] = Gold == Default.Gold ? null : Invariant(Gold),
        [LevelsKey] = Levels.SequenceEqual(Default.Levels) ? null : string.Join(',', Levels.Select(Invariant)),
    };

    /// <summary>"good=0.9&amp;gold=0.95" (no leading separator; empty for defaults), for links to pages that share the thresholds.</summary>
    public string QueryPart => string.Join('&', Parameters
        .Where(p => p.Value is not null && p.Key != LevelsKey)
        .Select(p => $"{p.Key}={Uri.EscapeDataString((string)p.Value!)}"));

    /// <summary>Reads a percentage as typed ("90", "99.5", "99,5", "97 %") into a fraction.</summary>
    public static bool TryParsePercent(string? text, out double fraction)
    {
        fraction = double.NaN;
        var cleaned = text?.Replace("%", "", StringComparison.Ordinal).Trim().Replace(',', '.');
        if (string.IsNullOrEmpty(cleaned)
            || !double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
            || percent is < 0 or > 100)
        {
            return false;
        }

        fraction = Math.Round(percent / 100, 6);
        return true;
    }

    /// <summary>Reads a list of percentages ("80, 90 95;99.5") into distinct ascending fractions.</summary>
    public static bool TryParseLevels(string? text, out IReadOnlyList<double> levels)
    {
        levels = [];
        var parts = (text ?? "").Replace("%", "", StringComparison.Ordinal)
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<double>();
        foreach (var part in parts)
        {
            if (!TryParsePercent(part, out var value))
            {
                return false;
            }

            values.Add(value);
        }

        var normalised = Normalise(values);
        if (normalised.Count is 0 or > MaxLevels)
        {
            return false;
        }

        levels = normalised;
        return true;
    }

    /// <summary>A fraction as a percentage for inputs and sentences: 0.8 → "80", 0.995 → "99.5".</summary>
    public static string PercentText(double fraction) => Math.Round(fraction * 100, 4).ToString("0.####", CultureInfo.InvariantCulture);

    public bool Equals(ScoreThresholds? other) =>
        other is not null && Good == other.Good && Gold == other.Gold && Levels.SequenceEqual(other.Levels);

    public override int GetHashCode() => HashCode.Combine(Good, Gold, Levels.Count);

    private static IReadOnlyList<double> Normalise(IEnumerable<double> values) => values.Distinct().Order().ToArray();

    private static string Invariant(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
