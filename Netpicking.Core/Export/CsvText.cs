namespace Netpicking.Core.Export;

/// <summary>
/// Text cells that a spreadsheet would read as a formula (names from imported specs) get a leading
/// apostrophe (OWASP CSV injection advice). Numbers are written as numbers and never pass through here.
/// </summary>
public static class CsvText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Safe(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}
