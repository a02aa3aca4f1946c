using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Tests.Data;
using Netpicking.Tests.Functional;
using Netpicking.Tests.Storage;

namespace Netpicking.Tests.Scale;

/// <summary>
/// Issue 6's scale-out: a dashboard that trains nothing and two <c>worker</c> processes on one real PostgreSQL server.
/// The dashboard is the test host's app (its CampaignService is what the Launch button calls); the workers are real
/// processes, one of which is SIGKILLed mid-network.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ScaleOutTests : IDisposable
{
    private static readonly TimeSpan CampaignTimeout = TimeSpan.FromMinutes(5);
    private readonly TempFolder folder = new();

    [Fact]
    public async Task TwoWorkersTrainEachNetworkOnceSurviveAKilledWorkerAndMatchASingleSqliteProcess()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync("scale");
        var datasets = Path.GetDirectoryName(TestDatasets.Folder("mnist"))!;

        // The same campaign in one process on SQLite, beside the scale-out run: the reference for the results.
        var reference = Task.Run(() => TrainOnSqliteAsync(folder.Sub("reference"), datasets), ct);

        using var web = new NetpickingAppFactory();
        web.Settings["Netpicking:Store"] = "postgres";
        web.Settings["Netpicking:ConnectionString"] = connectionString;
        web.Settings["Netpicking:TrainingWorkers"] = "0";
        using var client = web.CreateClient(); // starts the dashboard: migrates the store, prepares the job schema
        var campaigns = web.Services.GetRequiredService<CampaignService>();
        var store = web.Services.GetRequiredService<ResultsStore>();

        using var a = StartWorker("worker-a", connectionString, datasets);
        using var b = StartWorker("worker-b", connectionString, datasets);
        await a.WaitForOutputAsync("Worker ready", TimeSpan.FromMinutes(2));
        await b.WaitForOutputAsync("Worker ready", TimeSpan.FromMinutes(2));
        Assert.Contains("Netpicking worker 'worker-a': trains 1 network at once with 1 torch thread each, from the 'training' queue of PostgreSQL database", a.Output);

        await campaigns.DefineRunSettingsAsync(ScaleOutCampaign.Settings, ct);
        var launch = await campaigns.LaunchAsync(new LaunchRequest("mnistk-1001", ScaleOutCampaign.Settings.Name, "mnist", ScaleOutCampaign.Networks), ct);
        Assert.Equal(ScaleOutCampaign.Networks.Length, launch.TrainingsToRun.Count);

        // Kill worker-a (SIGKILL: no clean-up runs) once it is part-way through a network.
        var workersSeen = new HashSet<string>();
        var victim = await PartlyTrainedByAsync(store, launch.CampaignId, "worker-a", workersSeen, ct);
        a.Kill();

        var progress = await WaitForCampaignAsync(store, launch.CampaignId, workersSeen, b, ct);
        Assert.Equal((ScaleOutCampaign.Networks.Length, 0), (progress.Done, progress.Failed));
        Assert.Equal(["worker-a", "worker-b"], workersSeen.Order());

        // Each network trained exactly once: every training done with one attempt, except the one whose worker was
        // killed, which worker-b took over once (its stored epochs were kept, the rest written once).
        var rows = await store.Campaigns.GetCampaignTrainingsAsync(launch.CampaignId, ct);
        Assert.All(rows, r => Assert.Equal(TrainingStatus.Done, r.Status));
        Assert.All(rows.Where(r => r.TrainingId != victim), r => Assert.Equal(1, r.Attempts));
        var killed = Assert.Single(rows, r => r.TrainingId == victim);
        Assert.Equal((2, "worker-b"), (killed.Attempts, killed.WorkerName));

        // The registry and the Training page tell the vanished worker from the live one.
        var workers = (await web.Services.GetRequiredService<WorkerRegistry>().ListAsync(ct)).ToDictionary(w => w.Name, w => w.State);
        Assert.Equal(WorkerState.Disappeared, workers["worker-a"]);
        Assert.Equal(WorkerState.Live, workers["worker-b"]);
        var page = await client.GetStringAsync("/training", ct);
        Assert.Contains("data-worker=\"worker-a\" data-state=\"Disappeared\"", page);
        Assert.Contains("data-worker=\"worker-b\" data-state=\"Live\"", page);

        // The results are those of a single process on SQLite with the same seeds, number for number.
        var (referenceStore, referenceCampaign) = await reference;
        var expected = await ScaleOutCampaign.ContentAsync(referenceStore, referenceCampaign, ct);
        var actual = await ScaleOutCampaign.ContentAsync(store, launch.CampaignId, ct);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (network, epochs) in expected)
        {
            Assert.Equal(ScaleOutCampaign.Settings.Epochs, epochs.Length);
            Assert.True(epochs.SequenceEqual(actual[network]), $"{network}:\nSQLite   {string.Join("\n         ", epochs)}\nPostgres {string.Join("\n         ", actual[network])}");
        }

        // A clean stop signs the worker off.
        b.Terminate();
        Assert.Equal(0, await b.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("Worker stopped.", b.Output);
        Assert.Equal(WorkerState.Stopped, (await web.Services.GetRequiredService<WorkerRegistry>().ListAsync(ct)).Single(w => w.Name == "worker-b").State);
    }

    /// <summary>
    /// Wall time of the same campaign (with five times the work per network of the test above) with one and with two
    /// worker processes, and the CPU they got; prints both. Run on demand: <c>-- xUnit.Explicit=only</c>.
    /// </summary>
    [Fact(Explicit = true)]
    public async Task WallTimeWithOneAndWithTwoWorkers()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = await PostgresServer.GetAsync();
        var datasets = Path.GetDirectoryName(TestDatasets.Folder("mnist"))!;
        foreach (var count in new[] { 1, 2 })
        {
            var connectionString = await server.CreateDatabaseAsync($"walltime{count}");
            var workers = Enumerable.Range(0, count).Select(i => StartWorker($"w{count}-{i}", connectionString, datasets)).ToList();
            try
            {
                foreach (var worker in workers)
                {
                    await worker.WaitForOutputAsync("Worker ready", TimeSpan.FromMinutes(2));
                }

                // `train --workers 0` only enqueues and watches: the workers do all the training.
                var cpuBefore = workers.Aggregate(TimeSpan.Zero, (sum, w) => sum + w.CpuTime);
                var watch = Stopwatch.StartNew();
                using var launcher = AppProcess.Start(
                    [
                        .. ScaleOutCampaign.TrainArguments(folder.Sub($"launcher{count}"), datasets, workers: 0, ScaleOutCampaign.Heavier),
                        "--store", "postgres", "--connection", connectionString,
                    ]);
                Assert.True(await launcher.WaitForExitAsync(CampaignTimeout) == 0, launcher.Output);
                watch.Stop();

                // CPU seconds per wall second: how many cores the workers actually got (on a busy machine, far fewer than workers).
                var cpu = workers.Aggregate(TimeSpan.Zero, (sum, w) => sum + w.CpuTime) - cpuBefore;
                var line = $"SCALE-OUT {count} worker(s): {watch.Elapsed.TotalSeconds:F1} s wall for {ScaleOutCampaign.Networks.Length} networks, " +
                           $"workers used {cpu.TotalSeconds:F1} CPU s ({cpu / watch.Elapsed:F2} cores on average)";
                TestContext.Current.TestOutputHelper?.WriteLine(line);
                Console.WriteLine(line);
            }
            finally
            {
                workers.ForEach(w => w.Dispose());
            }
        }
    }

    public void Dispose() => folder.Dispose();

    private AppProcess StartWorker(string name, string connectionString, string datasets) =>
        AppProcess.Start(
            "worker", "--store", "postgres", "--connection", connectionString, "--workers", "1", "--threads", "1", "--name", name,
            "--data-dir", folder.Sub(name), "--datasets", datasets);

    private static async Task<(ResultsStore Store, int CampaignId)> TrainOnSqliteAsync(string dataFolder, string datasets)
    {
        using var train = AppProcess.Start(ScaleOutCampaign.TrainArguments(dataFolder, datasets, workers: 2));
        Assert.True(await train.WaitForExitAsync(CampaignTimeout) == 0, train.Output);
        var store = new ResultsStore(new SqliteResultsDbContextFactory(Path.Combine(dataFolder, "netpicking.db")), TimeProvider.System);
        return (store, (await store.Campaigns.ListCampaignsAsync()).Single().Id);
    }

    /// <summary>The training <paramref name="worker"/> is running with some but not all epochs stored.</summary>
    private static async Task<int> PartlyTrainedByAsync(ResultsStore store, int campaignId, string worker, HashSet<string> workersSeen, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + CampaignTimeout;
        while (DateTime.UtcNow < deadline)
        {
            var rows = await store.Campaigns.GetCampaignTrainingsAsync(campaignId, ct);
            workersSeen.UnionWith(rows.Where(r => r.WorkerName is not null).Select(r => r.WorkerName!));
            foreach (var row in rows.Where(r => r.Status == TrainingStatus.Running && r.WorkerName == worker))
            {
                if ((await store.Epochs.GetStoredEpochsAsync(row.TrainingId, ct)).Count is > 0 and < 3)
                {
                    return row.TrainingId;
                }
            }

            if (rows.All(r => r.Status != TrainingStatus.Queued && r.Status != TrainingStatus.Running))
            {
                break;
            }

            await Task.Delay(50, ct);
        }

        Assert.Fail($"{worker} was never caught part-way through a network.");
        return 0;
    }

    private static async Task<CampaignProgress> WaitForCampaignAsync(
        ResultsStore store, int campaignId, HashSet<string> workersSeen, AppProcess survivor, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + CampaignTimeout;
        while (true)
        {
            var rows = await store.Campaigns.GetCampaignTrainingsAsync(campaignId, ct);
            workersSeen.UnionWith(rows.Where(r => r.WorkerName is not null).Select(r => r.WorkerName!));
            var progress = await store.Campaigns.GetCampaignProgressAsync(campaignId, ct);
            if (progress.Queued == 0 && progress.Running == 0)
            {
                return progress;
            }

            Assert.False(survivor.HasExited, $"The surviving worker exited:\n{survivor.Output}");
            Assert.True(DateTime.UtcNow < deadline, $"The campaign did not finish in {CampaignTimeout}: {progress}\n{survivor.Output}");
            await Task.Delay(250, ct);
        }
    }
}
