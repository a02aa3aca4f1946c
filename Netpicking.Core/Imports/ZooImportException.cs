namespace Netpicking.Core.Imports;

/// <summary>
/// An uploaded zoo that is refused; the message says what is wrong and, for bad lines, where. <see cref="Lines"/> holds
/// the bad lines one by one ("line 4: …", then "and N more lines"), for a page that lists them.
/// </summary>
public sealed class ZooImportException(string message, Exception? innerException = null, IReadOnlyList<string>? lines = null)
    : Exception(message, innerException)
{
    /// <summary>The bad lines, one entry each; empty when the problem is not about lines (size, name, encoding).</summary>
    public IReadOnlyList<string> Lines { get; } = lines ?? [];
}
