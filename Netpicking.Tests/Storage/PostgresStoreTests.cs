using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Tests.Storage;

/// <summary>The results store on a real PostgreSQL server: what differs from SQLite (locking, NaN, times, migrations).</summary>
public sealed class PostgresStoreTests
{
    [Fact]
    public void ThePostgresMigrationsMatchTheModel()
    {
        using var db = new PostgresDesignTimeDbContextFactory().CreateDbContext([]);

        // Fails when an entity or configuration changed without a Postgres migration (see Storage/README.md).
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.All(db.Database.GetMigrations(), m => Assert.DoesNotContain("Sqlite", m));
    }

    [Fact]
    public async Task MigratesAnEmptyDatabaseAndSeedsIt()
    {
        await using var database = await TempPostgresDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;

        await new ResultsDatabase(database.Factory).MigrateAsync(ct); // twice changes nothing

        await using var db = database.Factory.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.Equal(["t1", "t2", "t3", "quick"], (await database.Store.Catalog.ListRunSettingsAsync(ct)).Select(s => s.Name));
        Assert.Equal(["mnist", "fashion-mnist"], await db.Datasets.OrderBy(d => d.Id).Select(d => d.Key).ToListAsync(ct));
    }

    [Fact]
    public async Task SeveralProcessesStartingAtOnceMigrateOnce()
    {
        await using var database = await TempPostgresDatabase.CreateAsync(migrate: false);
        var factories = Enumerable.Range(0, 4).Select(_ => new PostgresResultsDbContextFactory(database.ConnectionString)).ToList();
        try
        {
            await Task.WhenAll(factories.Select(f => Task.Run(() => new ResultsDatabase(f).MigrateAsync(TestContext.Current.CancellationToken))));
        }
        finally
        {
            factories.ForEach(f => f.Dispose());
        }

        Assert.Equal(4, await database.CountAsync("RunSettings"));
    }

    [Fact]
    public async Task StoresAnEpochWithANaNLossAndReadsItBackExactly()
    {
        await using var database = await TempPostgresDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await StorageTestData.SeedZooAsync(database.Store, networks: 1);
        var trainingId = (await database.Store.Campaigns.CreateCampaignAsync(new CampaignRequest(StorageTestData.ZooName, "t1", "mnist", [0]), ct)).TrainingsToRun[0];
        var record = StorageTestData.TestedEpoch(trainingId, 1) with { TrainLoss = double.NaN };

        Assert.True(await database.Store.Epochs.SaveEpochAsync(record, ct));
        Assert.False(await database.Store.Epochs.SaveEpochAsync(record, ct));

        var stored = (await database.Store.Epochs.GetStoredEpochsAsync(trainingId, ct)).Single();
        Assert.True(double.IsNaN(stored.TrainLoss));
        Assert.Equal(record.Test!.ClassRecall, stored.Test!.ClassRecall);
        Assert.Equal(record.Test.ConfusionMatrix, stored.Test.ConfusionMatrix);
        var predictions = await database.Store.Epochs.GetPredictionsAsync(trainingId, 1, ct);
        Assert.Equal(record.Predictions!.LogProbabilities, predictions!.LogProbabilities);
        Assert.Equal(record.Predictions.Argmax, predictions.Argmax);
        var campaign = (await database.Store.Campaigns.ListCampaignsAsync(ct)).Single();
        Assert.Equal(DateTimeKind.Utc, campaign.CreatedAt.Kind);
        Assert.InRange(campaign.CreatedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task LaunchesOfTheSameCampaignAtOnceCreateEachTrainingOnce()
    {
        await using var database = await TempPostgresDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await StorageTestData.SeedZooAsync(database.Store, networks: 40);
        var request = new CampaignRequest(StorageTestData.ZooName, "t1", "mnist", null);

        // Each launch is its own process in real life: its own pool, racing the others.
        var factories = Enumerable.Range(0, 6).Select(_ => new PostgresResultsDbContextFactory(database.ConnectionString)).ToList();
        IReadOnlyList<CampaignLaunch> launches;
        try
        {
            launches = await Task.WhenAll(factories.Select(f =>
                Task.Run(() => new ResultsStore(f, TimeProvider.System).Campaigns.CreateCampaignAsync(request, ct), ct)));
        }
        finally
        {
            factories.ForEach(f => f.Dispose());
        }

        Assert.Equal(40, await database.CountAsync("Trainings"));
        Assert.Equal(6, await database.CountAsync("Campaigns"));
        Assert.All(launches, l => Assert.Equal(launches[0].TrainingsToRun.Order(), l.TrainingsToRun.Order()));
    }

    [Fact]
    public async Task OnlyOneWorkerTakesATraining()
    {
        await using var database = await TempPostgresDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await StorageTestData.SeedZooAsync(database.Store, networks: 1);
        var trainingId = (await database.Store.Campaigns.CreateCampaignAsync(new CampaignRequest(StorageTestData.ZooName, "t1", "mnist", [0]), ct)).TrainingsToRun[0];

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => database.Store.Trainings.MarkRunningAsync(trainingId, new RunEnvironment("cpu", 1, "test", $"worker-{i}"), ct), ct)));

        Assert.Single(taken, t => t);
        var row = (await database.Store.Campaigns.GetCampaignTrainingsAsync(1, ct)).Single();
        Assert.Equal((TrainingStatus.Running, 1), (row.Status, row.Attempts));
    }

    [Fact]
    public async Task AnUnreachableServerGivesAClearError()
    {
        using var factory = new PostgresResultsDbContextFactory("Host=127.0.0.1;Port=1;Database=netpicking;Username=np;Password=secret;Timeout=3");

        var error = await Assert.ThrowsAsync<ResultsDatabaseException>(() => new ResultsDatabase(factory).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("PostgreSQL database 'netpicking' on 127.0.0.1:1 as np", error.Message);
        Assert.Contains("Netpicking:ConnectionString", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }
}
