namespace Netpicking.Web.Cli;

/// <summary>
/// What one analysis prints: <paramref name="Result"/> (the Core records, serialised as they are under
/// <c>--json</c>) and the readable table written from the same records otherwise.
/// </summary>
public sealed record AnalysisOutput(object Result, Action<TextWriter> WriteTable);
