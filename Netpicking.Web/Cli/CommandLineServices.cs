using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core;

namespace Netpicking.Web.Cli;

/// <summary>
/// The same configuration sources and Core services as the dashboard (appsettings.json, environment
/// variables), plus the <c>--data-dir</c> and <c>--datasets</c> options, for commands that need them.
/// </summary>
public sealed class CommandLineServices : IDisposable
{
    private readonly ServiceProvider provider;

    private CommandLineServices(ServiceProvider provider) => this.provider = provider;

    public static Option<DirectoryInfo?> DataDirOption { get; } =
        new("--data-dir") { Description = "The data folder (results database, job store, downloads); default ./data." };

    public static Option<DirectoryInfo?> DatasetsOption { get; } =
        new("--datasets") { Description = "A folder holding mnist/ and fashion-mnist/ with the four IDX files each." };

    /// <summary>Adds the options every command with services understands.</summary>
    public static T WithServiceOptions<T>(T command)
        where T : Command
    {
        command.Options.Add(DataDirOption);
        command.Options.Add(DatasetsOption);
        return command;
    }

    public static CommandLineServices Create(ParseResult result)
    {
        var overrides = new Dictionary<string, string?>();
        if (result.GetValue(DataDirOption) is { } dataDir)
        {
            overrides["Netpicking:DataFolder"] = dataDir.FullName;
        }

        if (result.GetValue(DatasetsOption) is { } datasets)
        {
            overrides["Netpicking:DatasetsFolder"] = datasets.FullName;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNetpickingCore(configuration);
        return new CommandLineServices(services.BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public void Dispose() => provider.Dispose();
}
