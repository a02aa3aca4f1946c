using Netpicking.Web.Cli;

namespace Netpicking.Tests.Cli;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
