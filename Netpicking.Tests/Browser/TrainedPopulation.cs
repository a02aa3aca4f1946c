using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

/// <summary>
/// A small population, trained once per test run through the real app (Hangfire jobs, real MNIST): the network of each
/// family with the least memory, 2 epochs on 1,000 images, tested after each. Browser tests copy its results store, so
/// every test class starts from the same trained state without training again.
/// </summary>
public static class TrainedPopulation
{
    public const string Zoo = "mnistk-1001";
    public const string Dataset = "mnist";
    public static readonly RunSettings Settings = new("ui", Epochs: 2, TestEvery: 1, LearningRate: 0.002, TrainSize: 1_000);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? database;

    /// <summary>The network ids trained: one per family, the one with the smallest memory.</summary>
    public static IReadOnlyList<int> NetworkIds { get; } = ZooCatalog.Default.Get(Zoo).Networks
        .GroupBy(n => n.Group)
        .Select(g => g.MinBy(n => StaticMetricsCalculator.Compute(n).MemoryElements)!.Id)
        .Order()
        .ToArray();

    /// <summary>A copy-ready SQLite results store holding the population (trained on first call).</summary>
    public static async Task<string> DatabaseAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return database ??= await TrainAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> TrainAsync(CancellationToken cancellationToken)
    {
        using var factory = new NetpickingAppFactory();
        factory.Settings["Netpicking:TrainingWorkers"] = "2";
        using var client = factory.CreateClient();
        var campaigns = factory.Services.GetRequiredService<CampaignService>();
        var store = factory.Services.GetRequiredService<ResultsStore>();
        await campaigns.DefineRunSettingsAsync(Settings, cancellationToken);
        var launch = await campaigns.LaunchAsync(new LaunchRequest(Zoo, Settings.Name, Dataset, NetworkIds), cancellationToken);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(8);
        CampaignProgress progress;
        while ((progress = await store.Campaigns.GetCampaignProgressAsync(launch.CampaignId, cancellationToken)) is { Queued: > 0 } or { Running: > 0 })
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The browser tests' population did not finish training: {progress}.");
            }

            await Task.Delay(250, cancellationToken);
        }

        if (progress.Done != NetworkIds.Count)
        {
            throw new InvalidOperationException($"The browser tests' population trained {progress.Done} of {NetworkIds.Count} networks: {progress}.");
        }

        // VACUUM INTO writes one self-contained file (WAL folded in) that outlives this factory's temp folder.
        var copy = Path.Combine(Directory.CreateTempSubdirectory("netpicking-population-").FullName, "netpicking.db");
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "netpicking.db")}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", copy);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return copy;
    }
}
