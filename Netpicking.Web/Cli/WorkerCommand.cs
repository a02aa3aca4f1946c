using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using Netpicking.Core.Compute;
using Netpicking.Core.Configuration;
using Netpicking.Core.Storage;
using Netpicking.Web.Jobs;

namespace Netpicking.Web.Cli;

/// <summary>
/// <c>worker</c>: a Hangfire server for the <c>training</c> queue and nothing else (no web UI), for the machines that
/// add training power to a shared PostgreSQL store. Runs until stopped (Ctrl+C, SIGTERM).
/// </summary>
public static class WorkerCommand
{
    public static Command Build()
    {
        var workers = new Option<int?>("--workers") { Description = "Networks trained at once (default: Netpicking:TrainingWorkers, else one per core)." };
        var threads = new Option<int?>("--threads") { Description = "Torch threads per network (default: Netpicking:TorchThreads, else 1)." };
        var name = new Option<string?>("--name") { Description = "How this worker names itself on the Training page (default: host:pid)." };
        var command = CommandLineHost.WithServiceOptions(new Command(
            "worker", "Train networks from the shared job queue until stopped; no web UI. Use with --store postgres to add machines.")
        {
            workers, threads, name,
        });

        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>();
            if (result.GetValue(workers) is { } count)
            {
                settings["Netpicking:TrainingWorkers"] = count >= 1
                    ? count.ToString(CultureInfo.InvariantCulture)
                    : throw new CommandLineException("--workers must be at least 1: a worker that trains nothing has nothing to do.");
            }

            if (result.GetValue(threads) is { } t)
            {
                settings["Netpicking:TorchThreads"] = t >= 1 ? t.ToString(CultureInfo.InvariantCulture) : throw new CommandLineException("--threads must be at least 1.");
            }

            if (result.GetValue(name) is { } n)
            {
                settings["Netpicking:WorkerName"] = n;
            }

            using var host = CommandLineHost.Build(result, withJobs: true, settings);
            var options = host.Services.GetRequiredService<IOptions<NetpickingOptions>>().Value;
            if (options.EffectiveTrainingWorkers < 1)
            {
                throw new CommandLineException("Netpicking:TrainingWorkers is 0: a worker that trains nothing has nothing to do; give --workers N.");
            }

            var output = result.InvocationConfiguration.Output;
            var compute = await host.Services.GetRequiredService<ComputeSetup>().EnsureAsync(cancellationToken);
            await output.WriteLineAsync(compute.Path.Explanation);
            await output.WriteLineAsync(StartLine(options, host.Services.GetRequiredService<WorkerIdentity>().Name));
            await host.StartAsync(cancellationToken);
            await output.WriteLineAsync("Worker ready: waiting for networks to train. Ctrl+C stops it; a network in training resumes on any worker.");
            await output.FlushAsync(cancellationToken);

            // Ctrl+C or SIGTERM stops the host: running trainings stop at their next batch and are released for any worker.
            await host.WaitForShutdownAsync(cancellationToken);

            await output.WriteLineAsync("Worker stopped.");
            return 0;
        });
        return command;
    }

    /// <summary>The one line that says who this worker is, where it connects and what it will do.</summary>
    public static string StartLine(NetpickingOptions options, string workerName)
    {
        var datasets = options.DatasetsFolder is { } folder ? $"datasets from {Path.GetFullPath(folder)}" : $"datasets looked up as README says (data folder {options.FullDataFolder})";
        var local = options.Store == StoreKind.Sqlite ? " (SQLite: only processes on this machine can share it; use --store postgres for several machines)" : "";
        return $"Netpicking worker '{workerName}': trains {options.EffectiveTrainingWorkers} network{(options.EffectiveTrainingWorkers == 1 ? "" : "s")} at once " +
               $"with {options.TorchThreads} torch thread{(options.TorchThreads == 1 ? "" : "s")} each, from the '{TrainNetworkJob.Queue}' queue of " +
               $"{StoreDescription.Of(options)}{local}; {datasets}; no web UI.";
    }
}
