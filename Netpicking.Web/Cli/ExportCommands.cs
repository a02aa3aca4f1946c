using System.CommandLine;
using Netpicking.Core.Analysis;
using Netpicking.Core.Export;

namespace Netpicking.Web.Cli;

/// <summary>
/// <c>export snapshots | votes</c>: the CSV downloads of /export/ written to a file, with the same filters and the
/// same Core code as the endpoints. (The zoo's static metrics are <c>zoo export</c>.)
/// </summary>
public static class ExportCommands
{
    public static Command Build()
    {
        var export = new Command("export", "Write results as CSV: network snapshots with ranks, or the per-image vote table.");
        export.Subcommands.Add(Snapshots());
        export.Subcommands.Add(Votes());
        return export;
    }

    private static Command Snapshots() => ExportCommand(
        "snapshots",
        "One row per network × run × tested epoch: costs, scores, and the four ranks of the chosen score.",
        "Dataset (default: every dataset with results).",
        "Run settings (default: every run settings with results).",
        async (loader, request, cancellationToken) =>
        {
            var sources = await loader.LoadSnapshotsAsync(request, cancellationToken);
            return writer => SnapshotCsv.Write(sources, request.ScoreOrDefault, request.FilterOrAll, writer);
        });

    private static Command Votes() => ExportCommand(
        "votes",
        "Per test image: label, vote share of each class among the good networks, and easy / weird / confusing / other.",
        "Dataset (may be left out when only one has results).",
        "Run settings (may be left out when only one has results).",
        async (loader, request, cancellationToken) =>
        {
            var votes = await loader.LoadVotesAsync(request, cancellationToken);
            return writer => VotesCsv.Write(votes.Snapshot, votes.ClassNames, request.FilterOrAll, writer);
        });

    /// <param name="prepare">Loads from the store (before the file is opened, so a bad request leaves no file) and returns the writer.</param>
    private static Command ExportCommand(
        string name,
        string description,
        string datasetHelp,
        string runHelp,
        Func<ExportLoader, ExportRequest, CancellationToken, Task<Func<TextWriter, int>>> prepare)
    {
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write.", Required = true };
        var dataset = new Option<string?>("--dataset") { Description = datasetHelp };
        var zoo = new Option<string?>("--" + ScopeKeys.Zoo.Name) { Description = "Only this zoo (default: every zoo with results)." };
        var settings = new Option<string?>("--" + ScopeKeys.Run.Name, [.. ScopeKeys.Run.Aliases.Select(a => "--" + a)]) { Description = runHelp };
        var epoch = new Option<int?>("--epoch") { Description = "One tested epoch (default: snapshots every tested epoch, votes the last)." };
        var score = new Option<string?>("--score") { Description = $"Score: {ScoreSelector.Syntax} (default accuracy)." };
        var group = new Option<string?>("--group") { Description = "Only this group (family)." };
        var form = new Option<string?>("--form") { Description = "Only this form." };
        var activation = new Option<string?>("--activation") { Description = "Only this activation." };
        var command = CommandLineHost.WithServiceOptions(new Command(name, description)
        {
            output, zoo, dataset, settings, epoch, score, group, form, activation,
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(epoch) is < 1)
            {
                throw new CommandLineException($"--epoch must be at least 1 (got {result.GetValue(epoch)}).");
            }

            var request = new ExportRequest(
                result.GetValue(dataset),
                result.GetValue(settings),
                ExportRequest.ParseScore(result.GetValue(score)),
                new ExportFilter(result.GetValue(epoch), result.GetValue(group), result.GetValue(form), result.GetValue(activation)),
                result.GetValue(zoo));
            return await CommandLineHost.RunAsync(result, async services =>
            {
                var loader = services.GetRequiredService<ExportLoader>();
                var target = result.GetValue(output)!;
                var write = await prepare(loader, request, cancellationToken);
                var rows = 0;
                AtomicFile.Write(target.FullName, writer => rows = write(writer));
                result.InvocationConfiguration.Output.WriteLine($"Wrote {rows} rows to {target.FullName}");
                return 0;
            }, cancellationToken);
        });
        return command;
    }
}
