using System.Globalization;

namespace Netpicking.Core.Export;

/// <summary>
/// Numbers for CSV cells: invariant culture and the shortest text that parses back to the same value (.NET's
/// default "R" behaviour), so a reader gets the store's values exactly. A missing value (NaN, no rank) is an empty
/// cell: spreadsheets and CsvHelper read that as "no value", whereas "NaN" would be text.
/// </summary>
public static class CsvNumber
{
    public static string Of(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    public static string Of(float value) =>
        float.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A measurement that may not have been recorded: empty when it was not.</summary>
    public static string Of(double? value) => value is { } known ? Of(known) : string.Empty;

    public static string Of(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
