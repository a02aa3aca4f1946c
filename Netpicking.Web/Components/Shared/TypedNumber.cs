using System.Globalization;

namespace Netpicking.Web.Components.Shared;

/// <summary>Numbers as typed into a page's input boxes: invariant culture, finite only.</summary>
public static class TypedNumber
{
    public static double? Parse(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    public static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
