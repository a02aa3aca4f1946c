using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Data;
using Netpicking.Tests.Functional;
using Netpicking.Web.Jobs;

namespace Netpicking.Tests.Cli;

/// <summary>
/// <c>train</c> checks every argument before anything starts, and trains only its own campaign unless it is asked to help
/// with the shared queue. Its jobs configure Hangfire, which is process-global: it runs with the other app tests.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TrainCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public static TheoryData<string[]> BadArguments() => new(
        ["--settings", "bogus"],
        ["--epochs", "-1", "--lr", "0.1", "--settings", "mine"],
        ["--epochs", "2", "--settings", "mine"],
        ["--lr", "0.1"],
        ["--epochs", "abc"],
        ["--settings", "quick", "--epochs", "3", "--lr", "0.1"],
        ["--workers", "-1"],
        ["--threads", "0"],
        ["--sample", "0"],
        ["--sample", "5000"],
        ["--networks", "0,x"],
        ["--networks", "99999"],
        ["--networks", "1", "--preset", "one-per-form"],
        ["--preset", "bogus"],
        ["--zoo", "bogus"],
        ["--dataset", "bogus"]);

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task ABadArgumentIsOneLineAndExitCodeTwoWithNothingStored(string[] bad)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync([.. Train(), .. bad]);

        Assert.Equal(2, exitCode);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Campaign", output);
        var store = Store();
        if (store is not null)
        {
            Assert.Empty(await store.Campaigns.ListCampaignsAsync(TestContext.Current.CancellationToken));
            Assert.All(await store.Catalog.ListRunSettingsAsync(TestContext.Current.CancellationToken), s => Assert.True(s.IsBuiltIn, s.Name));
        }
    }

    [Fact]
    public async Task ATrainRunLeavesAnotherCampaignsQueuedTrainingsUntouched()
    {
        var ct = TestContext.Current.CancellationToken;
        int[] others = [Id("LinearReLU_1"), Id("Conv3dReLU_1")];
        int other;
        using (var dashboard = Dashboard())
        {
            other = (await dashboard.Services.GetRequiredService<CampaignService>()
                .LaunchAsync(new LaunchRequest(ZooCatalog.Mnistk1001, "quick", "mnist", others), ct)).CampaignId;
        }

        var bogus = await CliRunner.RunAsync([.. Train(), "--settings", "bogus", "--workers", "1"]);
        var own = await CliRunner.RunAsync(
            [.. Train(), "--networks", Id("Basic").ToString(), "--settings", "tiny", "--epochs", "1", "--lr", "0.002", "--train-size", "200", "--workers", "1"]);

        Assert.Equal(2, bogus.ExitCode);
        Assert.True(own.ExitCode == 0, own.Error);
        var store = Store()!;
        var campaigns = await store.Campaigns.ListCampaignsAsync(ct);
        Assert.Equal(1, campaigns.Single(c => c.Id != other).Progress.Done);
        Assert.All(await store.Campaigns.GetCampaignTrainingsAsync(other, ct), row =>
        {
            Assert.Equal(TrainingStatus.Queued, row.Status);
            Assert.Equal(0, row.Attempts);
            Assert.Null(row.WorkerName);
        });
        using var after = Dashboard();
        Assert.Equal(others.Length, after.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount(TrainingQueues.Shared));
    }

    public void Dispose() => folder.Dispose();

    private string[] Train() =>
        ["train", "--data-dir", folder.Path, "--datasets", Path.GetDirectoryName(TestDatasets.Folder("mnist"))!];

    /// <summary>The dashboard on the same folder, training nothing: it launches as the Training page does, and reads the job store.</summary>
    private NetpickingAppFactory Dashboard()
    {
        var factory = NetpickingAppFactory.OnFolder(folder.Path);
        factory.Settings["Netpicking:TrainingWorkers"] = "0";
        _ = factory.Services;
        return factory;
    }

    private ResultsStore? Store()
    {
        var path = Path.Combine(folder.Path, "netpicking.db");
        return File.Exists(path) ? new ResultsStore(new SqliteResultsDbContextFactory(path), TimeProvider.System) : null;
    }

    private static int Id(string name) => ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, name).Id;
}
