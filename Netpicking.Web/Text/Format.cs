using System.Globalization;

namespace Netpicking.Web.Text;

/// <summary>Number formats of docs/interface.md#tables: thousands separators, percentages with two decimals.</summary>
public static class Format
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double fraction, int decimals = 2) =>
        double.IsNaN(fraction) ? "–" : (fraction * 100).ToString("F" + decimals, CultureInfo.InvariantCulture) + " %";

    public static string Number(double value, int decimals = 3) =>
        double.IsNaN(value) ? "–" : value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>Bytes in binary units (KiB, MiB), for memory and file sizes.</summary>
    public static string Bytes(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{bytes} B" : value.ToString("F1", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    /// <summary>Seconds as a duration ("1 min 05 s"); "–" for none.</summary>
    public static string Seconds(double seconds) => double.IsNaN(seconds) ? "–" : Duration(TimeSpan.FromSeconds(seconds));

    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes:D2} min"
        : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds:D2} s"
        : $"{span.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s";
}
