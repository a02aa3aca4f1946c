using System.Diagnostics;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Functional;

/// <summary>A real worker process is killed with SIGKILL mid-campaign, started again, and the campaign completes.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task AKilledWorkerLosesNothingAndTheCampaignCompletesAfterARestart()
    {
        var ct = TestContext.Current.CancellationToken;
        var networks = new[] { "Basic", "Conv3dReLU_1", "LinearReLU_1" }
            .Select(n => ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, n).Id).ToArray();
        string[] args =
        [
            "train", "--networks", string.Join(',', networks), "--settings", "crash", "--epochs", "3", "--lr", "0.002",
            "--train-size", "3000", "--workers", "1", "--data-dir", folder.Path,
            "--datasets", Path.GetDirectoryName(TestDatasets.Folder("mnist"))!,
        ];
        var store = new ResultsStore(new SqliteResultsDbContextFactory(Path.Combine(folder.Path, "netpicking.db")), TimeProvider.System);

        // First run: kill it once a network is part-way through (some epochs stored, not done).
        using (var first = Start(args))
        {
            var caught = await WaitUntilAsync(async () => await PartlyTrainedAsync(store, ct), TimeSpan.FromMinutes(3), first);
            Assert.True(caught, "The worker finished or failed before it could be killed mid-training.");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(ct);
        }

        var before = await SnapshotAsync(store, ct);
        Assert.Contains(before.Values, epochs => epochs.Count > 0);

        // Second run: the same command finishes the campaign; the killed training is picked up again.
        using (var second = Start(args))
        {
            var finished = second.WaitForExitAsync(ct);
            if (await Task.WhenAny(finished, Task.Delay(TimeSpan.FromMinutes(8), ct)) != finished)
            {
                second.Kill(entireProcessTree: true);
                Assert.Fail($"The restarted worker did not finish the campaign in 8 minutes. Its errors: {ErrorsSoFar()}");
            }

            second.WaitForExit();
            Assert.True(second.ExitCode == 0, ErrorsSoFar());
        }

        var after = await SnapshotAsync(store, ct);
        Assert.Equal(networks.Length, after.Count);
        Assert.All(after.Values, epochs => Assert.Equal([1, 2, 3], epochs.Select(e => e.Epoch)));
        foreach (var (trainingId, epochs) in before)
        {
            // What was stored before the kill is still there, unchanged.
            Assert.Equal(epochs.Select(Key), after[trainingId].Take(epochs.Count).Select(Key));
        }
    }

    private static readonly System.Text.StringBuilder Errors = new();

    public void Dispose() => folder.Dispose();

    private static string ErrorsSoFar()
    {
        lock (Errors)
        {
            return Errors.ToString();
        }
    }

    private static string Key(StoredEpoch e) =>
        $"{e.Epoch} {e.TrainLoss:R} {e.EpochSeconds:R} {e.Test?.TestLoss:R} {e.Test?.Accuracy:R} {string.Join(",", e.Test?.ConfusionMatrix ?? [])}";

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Netpicking.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        // Both pipes are drained as the worker writes: a full pipe would block it, and a slow machine writes more.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (Errors)
                {
                    Errors.AppendLine(line);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> PartlyTrainedAsync(ResultsStore store, CancellationToken ct)
    {
        if ((await store.Campaigns.ListCampaignsAsync(ct)).FirstOrDefault() is not { } campaign)
        {
            return false;
        }

        foreach (var row in await store.Campaigns.GetCampaignTrainingsAsync(campaign.Id, ct))
        {
            if (row.Status == TrainingStatus.Running && (await store.Epochs.GetStoredEpochsAsync(row.TrainingId, ct)).Count is > 0 and < 3)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Process process)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if (await condition())
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                // The worker is still creating the database.
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static async Task<Dictionary<int, List<StoredEpoch>>> SnapshotAsync(ResultsStore store, CancellationToken ct)
    {
        var result = new Dictionary<int, List<StoredEpoch>>();
        foreach (var campaign in await store.Campaigns.ListCampaignsAsync(ct))
        {
            foreach (var row in await store.Campaigns.GetCampaignTrainingsAsync(campaign.Id, ct))
            {
                result[row.TrainingId] = [.. await store.Epochs.GetStoredEpochsAsync(row.TrainingId, ct)];
            }
        }

        return result;
    }
}
