namespace Netpicking.Core.Zoo;

/// <summary>A JSONL zoo file that cannot be read; the message starts with "line N:" so users can find the spot.</summary>
public sealed class ZooFormatException : Exception
{
    public ZooFormatException(int lineNumber, string detail, Exception? innerException = null)
        : base($"line {lineNumber}: {detail}", innerException)
    {
        LineNumber = lineNumber;
    }

    /// <summary>1-based line number in the file.</summary>
    public int LineNumber { get; }
}
