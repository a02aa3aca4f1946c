using Netpicking.Core.Configuration;
using Netpicking.Web.Cli;

namespace Netpicking.Tests.Cli;

/// <summary>The worker verb's checks and its start line (a worker at work: Scale/ScaleOutTests).</summary>
public sealed class WorkerCommandTests
{
    [Fact]
    public async Task AWorkerThatWouldTrainNothingIsRefused()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("worker", "--workers", "0");

        Assert.Equal(1, exitCode);
        Assert.Contains("--workers must be at least 1", error);
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringSaysWhatToSet()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("runs", "list", "--store", "postgres");

        Assert.Equal(1, exitCode);
        Assert.Contains("Netpicking:ConnectionString is empty", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void TheStartLineSaysWhoItIsWhereItConnectsAndWhatItWillDoWithoutThePassword()
    {
        var options = new NetpickingOptions
        {
            Store = StoreKind.Postgres, ConnectionString = "Host=db.lan;Port=5433;Database=np;Username=trainer;Password=hunter2",
            TrainingWorkers = 3, TorchThreads = 2, DatasetsFolder = "/srv/datasets",
        };

        var line = WorkerCommand.StartLine(options, "gpu-box");

        Assert.Equal(
            "Netpicking worker 'gpu-box': trains 3 networks at once with 2 torch threads each, from the 'training' queue of " +
            "PostgreSQL database 'np' on db.lan:5433 as trainer (results, and jobs in schema 'hangfire'); datasets from /srv/datasets; no web UI.",
            line);
        Assert.DoesNotContain("hunter2", line);
    }

    [Fact]
    public void OnSqliteTheStartLineWarnsThatOnlyThisMachineCanShareTheStore()
    {
        var line = WorkerCommand.StartLine(new NetpickingOptions { DataFolder = "/srv/np", TrainingWorkers = 1 }, "laptop");

        Assert.Contains("SQLite files /srv/np/netpicking.db (results) and /srv/np/jobs.db (jobs)", line);
        Assert.Contains("only processes on this machine can share it", line);
    }
}
