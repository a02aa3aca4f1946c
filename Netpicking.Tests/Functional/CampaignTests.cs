using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Tests.Functional;

[Collection(AppCollection.Name)]
public sealed class CampaignTests : IDisposable
{
    private static readonly RunSettings Tiny = new("tiny", Epochs: 2, TestEvery: 1, LearningRate: 0.002, TrainSize: 2_000);
    private readonly NetpickingAppFactory factory = new();

    [Fact]
    public async Task ACampaignOfThreeNetworksRunsThroughHangfireAndStoresEveryTestedEpoch()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        var campaigns = factory.Services.GetRequiredService<CampaignService>();
        var store = factory.Services.GetRequiredService<ResultsStore>();
        await campaigns.DefineRunSettingsAsync(Tiny, ct);

        var launch = await campaigns.LaunchAsync(new LaunchRequest("mnistk-1001", "tiny", "mnist", [0, 1, 346]), ct);

        await AssertAllDoneAsync(store, launch.CampaignId, 3, TimeSpan.FromMinutes(3));
        var labels = (await factory.Services.GetRequiredService<Core.Data.DatasetLoader>().LoadAsync("mnist", ct)).Test.Labels;
        foreach (var row in await store.Campaigns.GetCampaignTrainingsAsync(launch.CampaignId, ct))
        {
            var epochs = await store.Epochs.GetStoredEpochsAsync(row.TrainingId, ct);
            Assert.Equal([1, 2], epochs.Select(e => e.Epoch));
            Assert.All(epochs, e => Assert.True(e.Tested));
            foreach (var epoch in epochs)
            {
                // The stored argmax is exact: it reproduces the stored accuracy image for image.
                var predictions = await store.Epochs.GetPredictionsAsync(row.TrainingId, epoch.Epoch, ct);
                var correct = predictions!.Argmax.Zip(labels).Count(p => p.First == p.Second);
                Assert.Equal(epoch.Test!.Accuracy, correct / 10_000.0, 12);
            }

            if (row.NetworkName == "Basic")
            {
                Assert.True(epochs[0].Test!.Accuracy > 0.80, $"Basic after one epoch on 2,000 images: {epochs[0].Test!.Accuracy}");
            }
        }

        // Every trained network's final weights are kept, one file each, under the data folder (Netpicking:KeepWeights).
        var kept = factory.Services.GetRequiredService<KeptWeights>();
        Assert.All(new[] { 0, 1, 346 }, id => Assert.True(
            File.Exists(Path.Combine(factory.DataFolder, "weights", "mnistk-1001", "mnist", "tiny", $"{id}.bin")), $"no weights for #{id}"));
        Assert.Equal(3, kept.Usage().Files);
    }

    [Fact]
    public async Task CancellingACampaignStopsItsRunningTrainingWithinABatch()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        var campaigns = factory.Services.GetRequiredService<CampaignService>();
        var store = factory.Services.GetRequiredService<ResultsStore>();
        await campaigns.DefineRunSettingsAsync(new RunSettings("long", Epochs: 5, TestEvery: 5, LearningRate: 0.002, TrainSize: 60_000), ct);
        var launch = await campaigns.LaunchAsync(new LaunchRequest("mnistk-1001", "long", "mnist", [0]), ct);
        var trainingId = launch.TrainingsToRun[0];
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while ((await store.Campaigns.GetCampaignTrainingsAsync(launch.CampaignId, ct))[0] is not { Status: TrainingStatus.Running, Progress: { Batch: > 0 } })
        {
            Assert.True(DateTime.UtcNow < deadline, "The training did not start its first batch within two minutes.");
            await Task.Delay(20, ct);
        }

        var storedBefore = (await store.Epochs.GetStoredEpochsAsync(trainingId, ct)).Count;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await campaigns.CancelAsync(launch.CampaignId, ct);
        var progress = await WaitForCampaign(store, launch.CampaignId, TimeSpan.FromSeconds(30));
        watch.Stop();

        // The job stops at its next batch, not at the end of the run: at most the epoch in flight is written.
        Assert.Equal(1, progress.Cancelled);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.InRange((await store.Epochs.GetStoredEpochsAsync(trainingId, ct)).Count, storedBefore, Math.Min(storedBefore + 1, 4));
        Assert.Equal(TrainingStatus.Cancelled, (await store.Trainings.GetTrainingJobAsync(trainingId, ct))!.Status);
    }

    [Theory]
    [InlineData("mnistk-1001", "tiny", "mnist", 5000, "no network with id 5000")]
    [InlineData("mnistk-1001", "nothing-like-this", "mnist", 0, "no run settings named 'nothing-like-this'")]
    [InlineData("mnistk-1001", "tiny", "cifar-10", 0, "Unknown dataset 'cifar-10'")]
    [InlineData("zoo-of-nothing", "tiny", "mnist", 0, "no zoo named 'zoo-of-nothing'")]
    public async Task BadLaunchesAreRejectedWithAClearMessageAndNothingIsEnqueued(string zoo, string settings, string dataset, int network, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        var campaigns = factory.Services.GetRequiredService<CampaignService>();
        await campaigns.DefineRunSettingsAsync(Tiny, ct);

        var error = await Assert.ThrowsAsync<CampaignLaunchException>(() => campaigns.LaunchAsync(new LaunchRequest(zoo, settings, dataset, [network]), ct));

        Assert.Contains(message, error.Message);
        Assert.Empty(await factory.Services.GetRequiredService<ResultsStore>().Campaigns.ListCampaignsAsync(ct));
        Assert.Equal(0, factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount(TrainNetworkJobQueue));
    }

    [Theory]
    [InlineData(0, 1, 0.002, "Epochs must be at least 1")]
    [InlineData(2, 1, -0.1, "learning rate must be greater than 0")]
    public async Task InvalidRunSettingsAreRejected(int epochs, int testEvery, double learningRate, string message)
    {
        using var client = factory.CreateClient();
        var campaigns = factory.Services.GetRequiredService<CampaignService>();

        var error = await Assert.ThrowsAsync<CampaignLaunchException>(
            () => campaigns.DefineRunSettingsAsync(new RunSettings("bad", epochs, testEvery, learningRate), TestContext.Current.CancellationToken));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task AMissingDatasetIsRejectedBeforeAnythingIsStored()
    {
        using var empty = new Data.TempFolder();
        factory.Settings["Netpicking:DatasetsFolder"] = empty.Path;
        using var client = factory.CreateClient();
        var campaigns = factory.Services.GetRequiredService<CampaignService>();

        // The environment variable is the locator's second place to look; hide it for this launch.
        var variable = Environment.GetEnvironmentVariable(Core.Data.DataOptions.EnvironmentVariable);
        Environment.SetEnvironmentVariable(Core.Data.DataOptions.EnvironmentVariable, null);
        CampaignLaunchException error;
        try
        {
            error = await Assert.ThrowsAsync<CampaignLaunchException>(
                () => campaigns.LaunchAsync(new LaunchRequest("mnistk-1001", "quick", "fashion-mnist", [0]), TestContext.Current.CancellationToken));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Core.Data.DataOptions.EnvironmentVariable, variable);
        }

        Assert.Contains("fashion-mnist", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await factory.Services.GetRequiredService<ResultsStore>().Campaigns.ListCampaignsAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose() => factory.Dispose();

    private const string TrainNetworkJobQueue = Netpicking.Web.Jobs.TrainNetworkJob.Queue;

    /// <summary>
    /// Waits for the campaign and asserts that all <paramref name="expected"/> networks are done; when one is not, the
    /// failure names it with its status and stored message instead of only a count.
    /// </summary>
    internal static async Task AssertAllDoneAsync(ResultsStore store, int campaignId, int expected, TimeSpan timeout)
    {
        var progress = await WaitForCampaign(store, campaignId, timeout);
        if (progress.Done != expected)
        {
            var rows = await store.Campaigns.GetCampaignTrainingsAsync(campaignId);
            Assert.Fail($"{progress.Done} of {expected} networks done: " + string.Join("; ", rows
                .Where(r => r.Status != TrainingStatus.Done)
                .Select(r => $"{r.NetworkName} {r.Status} after {r.Attempts} attempt(s): {r.ErrorMessage}")));
        }
    }

    internal static async Task<CampaignProgress> WaitForCampaign(ResultsStore store, int campaignId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var progress = await store.Campaigns.GetCampaignProgressAsync(campaignId);
            if (progress.Queued == 0 && progress.Running == 0)
            {
                return progress;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The campaign did not finish in {timeout}: {progress}");
            }

            await Task.Delay(250);
        }
    }
}
