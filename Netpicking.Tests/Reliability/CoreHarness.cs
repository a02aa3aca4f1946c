using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Netpicking.Core;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Tests.Reliability;

/// <summary>
/// Core's real services (store, datasets, campaigns, the training runner) on a SQLite file in a temp folder, without
/// Hangfire: the test calls the runner the way a job would, so a fault can be placed at an exact point.
/// </summary>
internal sealed class CoreHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private CoreHarness(ServiceProvider provider, string dataFolder)
    {
        this.provider = provider;
        DataFolder = dataFolder;
    }

    public string DataFolder { get; }

    public string DatabasePath => Path.Combine(DataFolder, "netpicking.db");

    public RecordingScheduler Scheduler => (RecordingScheduler)provider.GetRequiredService<ITrainingScheduler>();

    public CampaignService Campaigns => provider.GetRequiredService<CampaignService>();

    public ResultsStore Store => provider.GetRequiredService<ResultsStore>();

    public TrainingRunner Runner => provider.GetRequiredService<TrainingRunner>();

    /// <summary>
    /// Starts the services on <paramref name="dataFolder"/> with datasets from <paramref name="datasetsFolder"/>;
    /// <paramref name="contextFactory"/> replaces the store's connection (e.g. with a fault-injecting interceptor).
    /// </summary>
    public static async Task<CoreHarness> StartAsync(
        string dataFolder, string datasetsFolder, IDbContextFactory<ResultsDbContext>? contextFactory = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Netpicking:DataFolder"] = dataFolder,
            ["Netpicking:DatasetsFolder"] = datasetsFolder,
            ["Netpicking:AllowDownload"] = "false",

            // The path the test process runs on (TestHostSetup): no self-check.
            ["Netpicking:OneDnn"] = Environment.GetEnvironmentVariable("Netpicking__OneDnn"),
            ["Netpicking:MklIntel"] = Environment.GetEnvironmentVariable("Netpicking__MklIntel"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddNetpickingCore(configuration);
        services.AddSingleton<ITrainingScheduler, RecordingScheduler>();
        if (contextFactory is not null)
        {
            services.AddSingleton(contextFactory);
        }

        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ResultsDatabase>().MigrateAsync(TestContext.Current.CancellationToken);
        return new CoreHarness(provider, dataFolder);
    }

    /// <summary>Defines <paramref name="settings"/> and launches the networks; returns the campaign.</summary>
    public async Task<CampaignLaunch> LaunchAsync(RunSettings settings, params int[] networks)
    {
        await Campaigns.DefineRunSettingsAsync(settings, TestContext.Current.CancellationToken);
        return await Campaigns.LaunchAsync(new LaunchRequest("mnistk-1001", settings.Name, "mnist", networks), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
