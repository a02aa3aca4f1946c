using System.Globalization;

namespace Netpicking.Web.Components.Shared;

/// <summary>Numbers and id lists as page settings write them into the URL query: invariant culture, shortest form.</summary>
public static class QueryText
{
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static double? ParseNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    public static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>"3,17,204" → [3, 17, 204]; bad parts are skipped, repeats dropped, order kept.</summary>
    public static IReadOnlyList<int> ParseIds(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseInt).Where(i => i is not null).Select(i => i!.Value).Distinct().ToArray();

    public static string? Ids(IEnumerable<int> ids)
    {
        var text = string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        return text.Length == 0 ? null : text;
    }

    /// <summary>"Linear,Conv2d" → the names; null (no filter) when the text is empty.</summary>
    public static IReadOnlySet<string>? ParseNames(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }

    public static string? Names(IReadOnlySet<string>? names) =>
        names is null ? null : string.Join(',', names.Order(StringComparer.Ordinal));
}
