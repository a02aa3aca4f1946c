using System.Globalization;

namespace Netpicking.Core.Zoo;

/// <summary>
/// A JSONL zoo file that cannot be read. Every bad line is kept in <see cref="Errors"/>, so a user fixes a file in one
/// pass instead of one line per attempt; the message lists the first <see cref="ListedErrors"/> ("line N: …" each) and
/// counts the rest.
/// </summary>
public sealed class ZooFormatException : Exception
{
    /// <summary>Lines a message lists before "and N more": enough to see a pattern, short enough to read.</summary>
    public const int ListedErrors = 20;

    public ZooFormatException(int lineNumber, string detail, Exception? innerException = null)
        : this([new ZooLineError(lineNumber, detail)], innerException)
    {
    }

    public ZooFormatException(IReadOnlyList<ZooLineError> errors, Exception? innerException = null)
        : base(Describe(errors), innerException)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A format error names at least one line.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>Every bad line, in file order.</summary>
    public IReadOnlyList<ZooLineError> Errors { get; }

    /// <summary>1-based number of the first bad line.</summary>
    public int LineNumber => Errors[0].LineNumber;

    /// <summary>The listed lines, then "and N more lines" when there are more than <see cref="ListedErrors"/>.</summary>
    public IReadOnlyList<string> Lines => Listed(Errors);

    private static string Describe(IReadOnlyList<ZooLineError> errors) => errors.Count switch
    {
        0 => "no line is wrong",
        1 => errors[0].ToString(),
        _ => $"{errors.Count.ToString("N0", CultureInfo.InvariantCulture)} lines are wrong:{Environment.NewLine}" +
             string.Join(Environment.NewLine, Listed(errors)),
    };

    private static IReadOnlyList<string> Listed(IReadOnlyList<ZooLineError> errors)
    {
        var lines = errors.Take(ListedErrors).Select(e => e.ToString()).ToList();
        var more = errors.Count - ListedErrors;
        if (more > 0)
        {
            lines.Add($"and {more.ToString("N0", CultureInfo.InvariantCulture)} more line{(more == 1 ? "" : "s")}");
        }

        return lines;
    }
}
