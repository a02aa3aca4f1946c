namespace Netpicking.Web.Cli;

/// <summary>A failure to report in plain words on stderr with a non-zero exit code, without a stack trace.</summary>
public sealed class CommandLineException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
