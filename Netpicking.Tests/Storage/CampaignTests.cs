using Netpicking.Core.Storage;

using Netpicking.Core.Training;

namespace Netpicking.Tests.Storage;

public sealed class CampaignTests
{
    private static CampaignRequest Request(IReadOnlyCollection<int>? ids, string settings = "t1", string? label = null) =>
        new(StorageTestData.ZooName, settings, "mnist", ids, label);

    [Fact]
    public async Task QueuesOneTrainingPerSelectedNetwork()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        await StorageTestData.SeedZooAsync(database.Store, networks: 5);

        var launch = await database.Store.Campaigns.CreateCampaignAsync(Request([3, 1, 1], label: "first"), TestContext.Current.CancellationToken);

        Assert.Equal(2, launch.TrainingsToRun.Count);
        Assert.Equal((0, 0), (launch.AlreadyDone, launch.AlreadyRunning));
        var job = await database.Store.Trainings.GetTrainingJobAsync(launch.TrainingsToRun[0], TestContext.Current.CancellationToken);
        Assert.NotNull(job);
        Assert.Equal((1, "LinearBias_1", "t1", "mnist", TrainingStatus.Queued), (job.NetworkId, job.NetworkName, job.RunSettings.Name, job.DatasetKey, job.Status));
        Assert.Equal(new CampaignProgress(2, 0, 0, 0, 0), await database.Store.Campaigns.GetCampaignProgressAsync(launch.CampaignId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task LaunchesAThousandNetworkZooOnceEvenWhenAskedTwice()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;

        await database.Store.Catalog.EnsureZooAsync(StorageTestData.ZooName, ZooSource.Builtin, StorageTestData.Networks(1001), ct);
        var launch = await database.Store.Campaigns.CreateCampaignAsync(Request(null), ct);
        var again = await database.Store.Campaigns.CreateCampaignAsync(Request(null), ct);

        Assert.Equal(1001, launch.TrainingsToRun.Count);
        Assert.Equal(launch.TrainingsToRun, again.TrainingsToRun);
        Assert.Equal(1001, await database.CountAsync("Trainings"));
    }

    [Fact]
    public async Task NullNetworkIdsMeansTheWholeZoo()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        await StorageTestData.SeedZooAsync(database.Store, networks: 5);

        var launch = await database.Store.Campaigns.CreateCampaignAsync(Request(null), TestContext.Current.CancellationToken);

        Assert.Equal(5, launch.TrainingsToRun.Count);
    }

    [Fact]
    public async Task ReusesTrainingsOfTheSameScopeInsteadOfRepeatingThem()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var store = database.Store;
        var ct = TestContext.Current.CancellationToken;
        await StorageTestData.SeedZooAsync(store, networks: 5);
        var first = await store.Campaigns.CreateCampaignAsync(Request([0, 1, 2]), ct);
        await store.Trainings.MarkRunningAsync(first.TrainingsToRun[0], Environment(), ct);
        await store.Trainings.MarkDoneAsync(first.TrainingsToRun[0], ct);
        await store.Trainings.MarkRunningAsync(first.TrainingsToRun[1], Environment(), ct);
        await store.Trainings.MarkFailedAsync(first.TrainingsToRun[2], "out of memory", ct);

        var second = await store.Campaigns.CreateCampaignAsync(Request([0, 1, 2, 3]), ct);

        // 0 done: reused; 1 running: reused, not queued again; 2 failed: queued again; 3 new.
        Assert.Equal((1, 1), (second.AlreadyDone, second.AlreadyRunning));
        Assert.Equal(2, second.TrainingsToRun.Count);
        Assert.Equal(first.TrainingsToRun[2], second.TrainingsToRun[0]);
        Assert.Equal(4, await database.CountAsync("Trainings"));
        Assert.Equal(7, await database.CountAsync("CampaignTrainings"));
        Assert.Equal(new CampaignProgress(2, 1, 1, 0, 0), await store.Campaigns.GetCampaignProgressAsync(second.CampaignId, ct));

        var otherScope = await store.Campaigns.CreateCampaignAsync(Request([0], settings: "t2"), ct);
        Assert.Single(otherScope.TrainingsToRun);
    }

    [Fact]
    public async Task RejectsAnUnknownNetworkWithoutWritingAnything()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        await StorageTestData.SeedZooAsync(database.Store, networks: 5);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => database.Store.Campaigns.CreateCampaignAsync(Request([1, 2, 42, 77]), TestContext.Current.CancellationToken));

        Assert.Contains("no network with id 42, 77", error.Message);
        Assert.Equal(0, await database.CountAsync("Campaigns"));
        Assert.Equal(0, await database.CountAsync("Trainings"));
        Assert.Equal(0, await database.CountAsync("CampaignTrainings"));
    }

    [Theory]
    [InlineData("no-zoo", "t1", "mnist", "no zoo named 'no-zoo'")]
    [InlineData(StorageTestData.ZooName, "t9", "mnist", "no run settings named 't9'")]
    [InlineData(StorageTestData.ZooName, "t1", "cifar", "no dataset with key 'cifar'")]
    public async Task RejectsUnknownZooSettingsOrDataset(string zoo, string settings, string dataset, string expected)
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        await StorageTestData.SeedZooAsync(database.Store);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => database.Store.Campaigns.CreateCampaignAsync(new CampaignRequest(zoo, settings, dataset), TestContext.Current.CancellationToken));

        Assert.Contains(expected, error.Message);
        Assert.Equal(0, await database.CountAsync("Campaigns"));
    }

    [Fact]
    public async Task CancellingCancelsQueuedAndRunningTrainingsNotWantedElsewhere()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var store = database.Store;
        var ct = TestContext.Current.CancellationToken;
        await StorageTestData.SeedZooAsync(store, networks: 5);
        var launch = await store.Campaigns.CreateCampaignAsync(Request([0, 1, 2, 3]), ct);
        await store.Trainings.MarkRunningAsync(launch.TrainingsToRun[0], Environment(), ct);
        var other = await store.Campaigns.CreateCampaignAsync(Request([3, 4]), ct);

        Assert.True(await store.Campaigns.CancelCampaignAsync(launch.CampaignId, ct));

        // 0 (running), 1 and 2 are cancelled — the running job sees it at its next heartbeat; 3 stays queued
        // for the other campaign.
        Assert.Equal(new CampaignProgress(1, 0, 0, 0, 3), await store.Campaigns.GetCampaignProgressAsync(launch.CampaignId, ct));
        Assert.Equal(new CampaignProgress(2, 0, 0, 0, 0), await store.Campaigns.GetCampaignProgressAsync(other.CampaignId, ct));
        Assert.False(await store.Trainings.MarkRunningAsync(launch.TrainingsToRun[1], Environment(), ct));
        Assert.False(await store.Campaigns.CancelCampaignAsync(launch.CampaignId, ct));
        var campaigns = await store.Campaigns.ListCampaignsAsync(ct);
        Assert.Equal(CampaignState.Cancelled, campaigns.Single(c => c.Id == launch.CampaignId).State);
    }

    [Fact]
    public async Task ACampaignCompletesWhenNoTrainingIsLeftToRun()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var store = database.Store;
        var ct = TestContext.Current.CancellationToken;
        await StorageTestData.SeedZooAsync(store, networks: 2);
        var launch = await store.Campaigns.CreateCampaignAsync(Request([0, 1]), ct);

        await store.Trainings.MarkRunningAsync(launch.TrainingsToRun[0], Environment(), ct);
        await store.Trainings.MarkDoneAsync(launch.TrainingsToRun[0], ct);
        Assert.Equal(CampaignState.Active, (await store.Campaigns.ListCampaignsAsync(ct)).Single().State);
        await store.Trainings.MarkRunningAsync(launch.TrainingsToRun[1], Environment(), ct);
        await store.Trainings.MarkFailedAsync(launch.TrainingsToRun[1], "CUDA out of memory", ct);

        var summary = (await store.Campaigns.ListCampaignsAsync(ct)).Single();
        Assert.Equal(CampaignState.Completed, summary.State);
        Assert.Equal(new CampaignProgress(0, 0, 1, 1, 0), summary.Progress);
        var rerun = await store.Campaigns.CreateCampaignAsync(Request([0]), ct);
        Assert.Empty(rerun.TrainingsToRun);
        Assert.Equal(CampaignState.Completed, (await store.Campaigns.ListCampaignsAsync(ct)).First(c => c.Id == rerun.CampaignId).State);
    }

    [Fact]
    public async Task MarkRunningRecordsTheEnvironmentAndCountsAttempts()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var store = database.Store;
        var ct = TestContext.Current.CancellationToken;
        await StorageTestData.SeedZooAsync(store, networks: 1);
        var id = (await store.Campaigns.CreateCampaignAsync(Request([0]), ct)).TrainingsToRun[0];

        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var workerClock = new ResultsStore(database.Factory, clock);
        Assert.True(await workerClock.Trainings.MarkRunningAsync(id, Environment(), ct));
        Assert.False(await workerClock.Trainings.MarkRunningAsync(id, Environment(), ct)); // the same job fetched twice while the first runs
        clock.Now += TrainingLease.Timeout + TimeSpan.FromSeconds(1);
        Assert.True(await workerClock.Trainings.MarkRunningAsync(id, Environment(), ct)); // a job re-run after its worker was killed
        await store.Trainings.MarkDoneAsync(id, ct);
        Assert.False(await store.Trainings.MarkRunningAsync(id, Environment(), ct));

        await using var db = database.Factory.CreateDbContext();
        var training = await db.Trainings.FindAsync([id], ct);
        Assert.NotNull(training);
        Assert.Equal((TrainingStatus.Done, 2, "cpu", 1, "TorchSharp 0.107.0", "worker-1"),
            (training.Status, training.Attempts, training.Device, training.Threads, training.LibraryVersion, training.WorkerName));
        Assert.NotNull(training.StartedAt);
        Assert.NotNull(training.FinishedAt);
        await Assert.ThrowsAsync<ArgumentException>(() => store.Trainings.MarkRunningAsync(999, Environment(), ct));
    }

    private static RunEnvironment Environment() => new("cpu", 1, "TorchSharp 0.107.0", "worker-1");

    private sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
