using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;

namespace Netpicking.Web.Components.Analysis;

/// <summary>
/// The editable thresholds of the Scores page (docs/analyses.md#threshold-table and #good-networks-and-gold-stars), as fractions: <b>good</b> (≥ at every tested
/// epoch), <b>gold star</b> (&gt; at the scope's epoch) and the levels of the threshold table. They live in the URL
/// (<c>?good=0.9&amp;gold=0.95&amp;levels=0.8,0.9</c>) so a reload or a link restores them; defaults are left out of it.
/// </summary>
public sealed record ThresholdsQuery(double Good, double Gold, IReadOnlyList<double> Levels)
{
    public const string GoodKey = GoodGoldRequest.GoodName;
    public const string GoldKey = GoodGoldRequest.GoldName;
    public const string LevelsKey = ThresholdTableRequest.LevelsName;

    /// <summary>More columns than this would not fit the threshold table's card.</summary>
    public const int MaxLevels = ThresholdTableRequest.MaxLevels;

    public static ThresholdsQuery Default { get; } =
        new(GoodAndGold.DefaultGoodThreshold, GoodAndGold.DefaultGoldThreshold, ThresholdTable.DefaultThresholds);

    public bool IsDefault => Equals(Default);

    /// <summary>Good and gold as the Core's request, for the analyses that classify.</summary>
    public GoodGoldRequest GoodGold => new(Good, Gold);

    /// <summary>The levels as the Core's request of the threshold table.</summary>
    public ThresholdTableRequest Table => new(Levels);

    /// <summary>
    /// Reads the URL's values with the Core's readers (as <c>analyze good</c> and <c>analyze thresholds</c> read their
    /// options); a value that is not a fraction in [0, 1] falls back to the default and is named in <paramref name="problems"/>.
    /// </summary>
    public static ThresholdsQuery FromQuery(string? good, string? gold, string? levels, out IReadOnlyList<string> problems)
    {
        var values = RequestValues.FromQuery(new Dictionary<string, string?> { [GoodKey] = good, [GoldKey] = gold, [LevelsKey] = levels });
        var goodGold = GoodGoldRequest.Read(values);
        var table = ThresholdTableRequest.Read(values);
        problems = values.Problems;
        return new ThresholdsQuery(goodGold.Good, goodGold.Gold, table.Levels);
    }

    /// <summary>The query parameters to merge into the URL; defaults are removed (null) to keep links short.</summary>
    public IReadOnlyDictionary<string, object?> Parameters => QueryValues.Parameters(GoodGold.Parameters.Concat(Table.Parameters));

    /// <summary>"good=0.9&amp;gold=0.95" (no leading separator; empty for defaults), for links to pages that share the thresholds.</summary>
    public string QueryPart => string.Join('&', GoodGold.Parameters
        .Where(p => p.Value is not null)
        .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

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

    public bool Equals(ThresholdsQuery? other) =>
        other is not null && Good == other.Good && Gold == other.Gold && Levels.SequenceEqual(other.Levels);

    public override int GetHashCode() => HashCode.Combine(Good, Gold, Levels.Count);

    private static IReadOnlyList<double> Normalise(IEnumerable<double> values) => values.Distinct().Order().ToArray();
}
