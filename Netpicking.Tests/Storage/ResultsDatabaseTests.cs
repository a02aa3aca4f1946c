using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage;

using Netpicking.Core.Training;

namespace Netpicking.Tests.Storage;

public sealed class ResultsDatabaseTests
{
    [Fact]
    public async Task MigratesAnEmptyFile()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        await using var db = database.Factory.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        foreach (var table in new[] { "Datasets", "Zoos", "Networks", "RunSettings", "Campaigns", "Trainings", "CampaignTrainings", "EpochResults", "EpochPredictions" })
        {
            await database.CountAsync(table);
        }
    }

    [Fact]
    public async Task TheMigrationsMatchTheModel()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        await using var db = database.Factory.CreateDbContext();

        // Fails when an entity or configuration changed without `dotnet ef migrations add` (see Storage/README.md).
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task MigratingTwiceChangesNothing()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        await new ResultsDatabase(database.Factory).MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(4, await database.CountAsync("RunSettings"));
    }

    [Fact]
    public async Task UsesWriteAheadLogAndABusyTimeout()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        await using var db = database.Factory.CreateDbContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(30_000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task SeedsTheBuiltInRunSettingsWithTheirExactValues()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        var settings = await database.Store.Catalog.ListRunSettingsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new RunSettings("t1", 4, 1, 0.002, 25, null, 42, IsBuiltIn: true),
                new RunSettings("t2", 8, 2, 0.001, 25, null, 42, IsBuiltIn: true),
                new RunSettings("t3", 16, 4, 0.0005, 25, null, 42, IsBuiltIn: true),
                new RunSettings("quick", 2, 1, 0.002, 25, 6_000, 42, IsBuiltIn: true),
            ],
            settings);
    }

    [Fact]
    public async Task SeedsMnistAndFashionMnist()
    {
        await using var database = await TempResultsDatabase.CreateAsync();

        await using var db = database.Factory.CreateDbContext();
        var keys = await db.Datasets.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Key).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["mnist", "fashion-mnist"], keys);
    }

    [Fact]
    public async Task ReadOnlyFileGivesAClearError()
    {
        var folder = TempResultsDatabase.NewFolder();
        var path = Path.Combine(folder, "results.db");
        var factory = new SqliteResultsDbContextFactory(path);
        try
        {
            await new ResultsDatabase(factory).MigrateAsync(TestContext.Current.CancellationToken);
            SqliteConnection.ClearPool(new SqliteConnection(factory.ConnectionString));
            File.SetAttributes(path, FileAttributes.ReadOnly);

            var error = await Assert.ThrowsAsync<ResultsDatabaseException>(
                () => new ResultsDatabase(factory).MigrateAsync(TestContext.Current.CancellationToken));

            Assert.Contains(path, error.Message);
            Assert.Contains("read-only", error.Message);
            Assert.Contains("writable", error.Message);
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
            TempResultsDatabase.DeleteFolder(folder, factory.ConnectionString);
        }
    }

    [Fact]
    public async Task AFileSqliteCannotWriteGivesAClearError()
    {
        var folder = TempResultsDatabase.NewFolder();
        var path = Path.Combine(folder, "results.db");
        // A read-only connection is what SQLite gives when it cannot write the file (e.g. a read-only mount).
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
        var readOnly = new ReadOnlyFactory(connectionString);
        try
        {
            await new ResultsDatabase(new SqliteResultsDbContextFactory(path)).MigrateAsync(TestContext.Current.CancellationToken);

            var error = await Assert.ThrowsAsync<ResultsDatabaseException>(
                () => new ResultsDatabase(readOnly).MigrateAsync(TestContext.Current.CancellationToken));

            Assert.Contains(path, error.Message);
            Assert.Contains("cannot be written", error.Message);
        }
        finally
        {
            TempResultsDatabase.DeleteFolder(folder, connectionString);
            TempResultsDatabase.DeleteFolder(folder, SqliteResultsDbContextFactory.BuildConnectionString(path));
        }
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    private sealed class ReadOnlyFactory(string connectionString) : IDbContextFactory<ResultsDbContext>
    {
        public ResultsDbContext CreateDbContext() => new SqliteResultsDbContext(SqliteResultsDbContextFactory.BuildOptions(connectionString));
    }
}
