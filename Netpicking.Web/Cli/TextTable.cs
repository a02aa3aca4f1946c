namespace Netpicking.Web.Cli;

/// <summary>
/// A plain-text table whose columns line up: the first <paramref name="textColumns"/> columns are left-aligned
/// (names), the rest right-aligned (numbers, so digits and decimal points line up).
/// </summary>
public sealed class TextTable(int textColumns, params string[] headers)
{
    private readonly List<string[]> rows = [];

    public int RowCount => rows.Count;

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row of {cells.Length} cells in a table of {headers.Length} columns.", nameof(cells));
        }

        rows.Add(cells);
        return this;
    }

    public void Write(TextWriter output, string indent = "")
    {
        var widths = headers.Select((h, c) => rows.Select(r => r[c].Length).Prepend(h.Length).Max()).ToArray();
        string Line(string[] cells) =>
            indent + string.Join("  ", cells.Select((cell, c) => c < textColumns ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd();

        output.WriteLine(Line(headers));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
    }
}
