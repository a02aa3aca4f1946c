using Netpicking.Core.Storage;
using Netpicking.Tests.Cli;
using Netpicking.Tests.Data;
using Netpicking.Tests.Scale;

namespace Netpicking.Tests.Reliability;

/// <summary>
/// A results database that cannot be written stops the app at start with a message a user can act on (the store-level
/// checks are in Storage/ResultsDatabaseTests); it does not fail later, mid-campaign.
/// </summary>
public sealed class ReadOnlyDatabaseTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task ACommandOnAReadOnlyDatabaseSaysSoWithoutAStackTrace()
    {
        var path = await ReadOnlyDatabaseAsync();

        var (exitCode, _, error) = await CliRunner.RunAsync("runs", "list", "--data-dir", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"The results database '{path}' is read-only", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task TheDashboardOnAReadOnlyDatabaseExitsWithTheReason()
    {
        var path = await ReadOnlyDatabaseAsync();
        using var app = AppProcess.Start("--urls", "http://127.0.0.1:0", "--Netpicking:DataFolder", folder.Path, "--Netpicking:TrainingWorkers", "0");

        Assert.Equal(1, await app.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains($"The results database '{path}' is read-only", app.Output);
        Assert.DoesNotContain("listening on", app.Output);
    }

    public void Dispose()
    {
        foreach (var file in Directory.GetFiles(folder.Path))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        folder.Dispose();
    }

    private async Task<string> ReadOnlyDatabaseAsync()
    {
        var path = folder.Sub("netpicking.db");
        var factory = new SqliteResultsDbContextFactory(path);
        await new ResultsDatabase(factory).MigrateAsync(TestContext.Current.CancellationToken);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.SetAttributes(path, FileAttributes.ReadOnly);
        return path;
    }
}
