using System.CommandLine;

namespace Netpicking.Web.Cli;

/// <summary>
/// The command line of the Netpicking executable. With no verb the executable serves the dashboard,
/// so everything that is not a known verb (e.g. <c>--urls</c>) is left to ASP.NET Core.
/// </summary>
public static class CommandLineApp
{
    private static readonly string[] HelpTokens = ["--help", "-h", "-?", "--version"];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (HelpTokens.Contains(args[0]) || BuildRoot().Subcommands.Any(c => c.Name == args[0]));

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // Failures are reported in plain words without a stack trace; the exit code says which kind.
        // Ctrl+C and SIGTERM cancel the command's token; a stopping worker gets time to release its trainings.
        var configuration = new InvocationConfiguration
        {
            Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
        };
        try
        {
            var parsed = BuildRoot().Parse(args);
            if (parsed.Errors.Count > 0 && parsed.CommandResult.Command.Name == "train")
            {
                // A bad train argument is one line and exit code 2, like the checks the command makes itself (TrainArguments).
                await error.WriteLineAsync($"{parsed.Errors[0].Message} See: train --help");
                return TrainArguments.BadArgument;
            }

            return await parsed.InvokeAsync(configuration);
        }
        catch (CommandLineException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled.");
            return 130;
        }
        catch (Core.Storage.ResultsDatabaseException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException
                                   or Core.Data.DatasetException or Core.Zoo.ZooFormatException or Core.Zoo.ZooSpecException)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "Netpicking: train a zoo of small networks and pick one. Run without a command to serve the dashboard.");
        root.Subcommands.Add(ZooCommands.Build());
        root.Subcommands.Add(DataCommands.Build());
        root.Subcommands.Add(TrainCommands.Train());
        root.Subcommands.Add(TrainCommands.Runs());
        root.Subcommands.Add(WorkerCommand.Build());
        root.Subcommands.Add(BenchCommands.Build());
        root.Subcommands.Add(Analyze.AnalyzeCommand.Build());
        root.Subcommands.Add(ExportCommands.Build());
        root.Subcommands.Add(ComputeCommands.Build());
        return root;
    }
}
