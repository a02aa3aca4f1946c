using System.CommandLine;
using Netpicking.Core;
using Netpicking.Core.Configuration;
using Netpicking.Web.Jobs;

namespace Netpicking.Web.Cli;

/// <summary>
/// A host for commands that need the app's services: the same configuration sources as the dashboard
/// (appsettings.json, environment variables) plus the <c>--data-dir</c> and <c>--datasets</c> options.
/// Commands that train also get the Hangfire server, so they run exactly the dashboard's job code.
/// </summary>
public static class CommandLineHost
{
    public static Option<DirectoryInfo?> DataDirOption { get; } =
        new("--data-dir") { Description = "The data folder (results database, job store, downloads); default ./data." };

    public static Option<DirectoryInfo?> DatasetsOption { get; } =
        new("--datasets") { Description = "A folder holding mnist/ and fashion-mnist/ with the four IDX files each." };

    public static Option<StoreKind?> StoreOption { get; } =
        new("--store") { Description = "sqlite (files in the data folder) or postgres (with --connection); default from Netpicking:Store." };

    public static Option<string?> ConnectionOption { get; } =
        new("--connection")
        {
            Description = "The PostgreSQL connection string for --store postgres (Netpicking__ConnectionString keeps a password out of the process list).",
        };

    /// <summary>Adds the options every command with services understands.</summary>
    public static T WithServiceOptions<T>(T command)
        where T : Command
    {
        command.Options.Add(DataDirOption);
        command.Options.Add(DatasetsOption);
        command.Options.Add(StoreOption);
        command.Options.Add(ConnectionOption);
        return command;
    }

    /// <summary>
    /// For a command that only reads or writes the store: builds and starts a host without jobs, runs
    /// <paramref name="use"/> with its services, and stops the host whatever happens.
    /// </summary>
    public static async Task<T> RunAsync<T>(ParseResult result, Func<IServiceProvider, Task<T>> use, CancellationToken cancellationToken)
    {
        using var host = Build(result);
        await host.StartAsync(cancellationToken);
        try
        {
            return await use(host.Services);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <param name="queues">The training queue of a process that trains; the shared one when null.</param>
    public static IHost Build(
        ParseResult result, bool withJobs = false, IDictionary<string, string?>? settings = null, TrainingQueues? queues = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (result.GetValue(DataDirOption) is { } dataDir)
        {
            overrides["Netpicking:DataFolder"] = dataDir.FullName;
        }

        if (result.GetValue(DatasetsOption) is { } datasets)
        {
            overrides["Netpicking:DatasetsFolder"] = datasets.FullName;
        }

        if (result.GetValue(StoreOption) is { } store)
        {
            overrides["Netpicking:Store"] = store.ToString();
        }

        if (result.GetValue(ConnectionOption) is { } connection)
        {
            overrides["Netpicking:ConnectionString"] = connection;
        }

        if (!withJobs)
        {
            overrides["Netpicking:TrainingWorkers"] = "0";
        }

        builder.Configuration.AddInMemoryCollection(overrides);

        // The command's own output is the report; the log carries only problems, on stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddNetpickingCore(builder.Configuration);
        builder.Services.AddSingleton<Core.Compute.IComputeProbeLauncher, Hosting.ProcessProbeLauncher>();
        builder.Services.AddNetpickingJobs(builder.Configuration, queues);
        return builder.Build();
    }
}
