using System.Globalization;
using CsvHelper;

namespace Netpicking.Core.Export;

/// <summary>
/// Any table a page shows, as CSV (docs/product.md#export: RFC 4180, header row, invariant culture): numbers stay numbers, text
/// cells go through <see cref="CsvText.Safe"/>, null and NaN are empty cells.
/// </summary>
public static class TableCsv
{
    public static void Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in header)
        {
            csv.WriteField(CsvText.Safe(column));
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"A row has {row.Count} cells for {header.Count} columns.", nameof(rows));
            }

            foreach (var cell in row)
            {
                csv.WriteField(Cell(cell));
            }

            csv.NextRecord();
        }
    }

    public static string ToText(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(header, rows, writer);
        return writer.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => double.IsNaN(d) ? "" : CsvNumber.Of(d),
        float f => float.IsNaN(f) ? "" : CsvNumber.Of(f),
        int i => CsvNumber.Of(i),
        long l => CsvNumber.Of(l),
        bool b => b ? "true" : "false",
        string s => CsvText.Safe(s),
        _ => CsvText.Safe(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
