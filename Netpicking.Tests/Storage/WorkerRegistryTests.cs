using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

public sealed class WorkerRegistryTests
{
    private static WorkerAnnouncement Worker(string name, int workers = 2) => new(name, "host-a", 1234, workers, 1);

    [Fact]
    public async Task AWorkerIsLiveWhileItBeatsStoppedWhenItSignsOffAndDisappearedWhenItFallsSilent()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var registry = new WorkerRegistry(database.Factory, clock);

        await registry.AnnounceAsync(Worker("a"), ct);
        await registry.AnnounceAsync(Worker("b"), ct);
        await registry.AnnounceAsync(Worker("c"), ct);
        clock.Now += WorkerRegistry.SilenceLimit - TimeSpan.FromSeconds(1);
        await registry.BeatAsync("a", ct);
        await registry.SignOffAsync("b", ct);
        Assert.All(await registry.ListAsync(ct), w => Assert.NotEqual(WorkerState.Disappeared, w.State));

        clock.Now += TimeSpan.FromSeconds(2);
        var states = (await registry.ListAsync(ct)).ToDictionary(w => w.Name, w => w.State);

        Assert.Equal(new Dictionary<string, WorkerState> { ["a"] = WorkerState.Live, ["b"] = WorkerState.Stopped, ["c"] = WorkerState.Disappeared }, states);
    }

    [Fact]
    public async Task AWorkerRestartedUnderItsNameTakesItsRowOverAndOldWorkersAreForgotten()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var registry = new WorkerRegistry(database.Factory, clock);
        await registry.AnnounceAsync(Worker("gpu-box", workers: 1), ct);
        await registry.AnnounceAsync(Worker("old"), ct);
        await registry.SignOffAsync("gpu-box", ct);

        clock.Now += WorkerRegistry.Memory + TimeSpan.FromMinutes(1);
        await registry.AnnounceAsync(Worker("gpu-box", workers: 4), ct);

        var worker = Assert.Single(await registry.ListAsync(ct));
        Assert.Equal(("gpu-box", WorkerState.Live, 4, null), (worker.Name, worker.State, worker.TrainingWorkers, worker.StoppedAt));
        Assert.Equal(2, await database.CountAsync("Workers"));
    }

    [Fact]
    public async Task ListsTheNetworksEachWorkerIsTraining()
    {
        await using var database = await TempResultsDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var registry = new WorkerRegistry(database.Factory, TimeProvider.System);
        await StorageTestData.SeedZooAsync(database.Store, networks: 3);
        var ids = (await database.Store.Campaigns.CreateCampaignAsync(new CampaignRequest(StorageTestData.ZooName, "t1", "mnist", null), ct)).TrainingsToRun;
        await registry.AnnounceAsync(Worker("a"), ct);
        await registry.AnnounceAsync(Worker("b"), ct);

        await database.Store.Trainings.MarkRunningAsync(ids[0], new RunEnvironment("cpu", 1, "test", "a"), ct);
        await database.Store.Trainings.MarkRunningAsync(ids[1], new RunEnvironment("cpu", 1, "test", "a"), ct);
        await database.Store.Trainings.MarkRunningAsync(ids[2], new RunEnvironment("cpu", 1, "test", "b"), ct);
        await database.Store.Trainings.MarkDoneAsync(ids[2], ct);

        var training = (await registry.ListAsync(ct)).ToDictionary(w => w.Name, w => w.Training);
        Assert.Equal(["LinearBias_0", "LinearBias_1"], training["a"]);
        Assert.Empty(training["b"]);
    }
}
