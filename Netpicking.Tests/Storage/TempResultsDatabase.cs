using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

/// <summary>A real, migrated SQLite results file in its own temp folder, deleted afterwards.</summary>
internal sealed class TempResultsDatabase : IAsyncDisposable
{
    private TempResultsDatabase(string folder, SqliteResultsDbContextFactory factory)
    {
        Folder = folder;
        Factory = factory;
        Store = new ResultsStore(factory, TimeProvider.System);
    }

    public string Folder { get; }

    public string Path => Factory.DatabasePath;

    public SqliteResultsDbContextFactory Factory { get; }

    public ResultsStore Store { get; }

    public static string NewFolder()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "netpicking-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static async Task<TempResultsDatabase> CreateAsync(params IInterceptor[] interceptors)
    {
        var folder = NewFolder();
        var factory = new SqliteResultsDbContextFactory(System.IO.Path.Combine(folder, "results.db"), interceptors);
        await new ResultsDatabase(factory).MigrateAsync(TestContext.Current.CancellationToken);
        return new TempResultsDatabase(folder, factory);
    }

    /// <summary>A second factory on the same file, e.g. with a fault-injecting interceptor.</summary>
    public ResultsStore StoreWith(params IInterceptor[] interceptors) =>
        new(new SqliteResultsDbContextFactory(Path, interceptors), TimeProvider.System);

    public async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync()
    {
        DeleteFolder(Folder, Factory.ConnectionString);
        return ValueTask.CompletedTask;
    }

    public static void DeleteFolder(string folder, string connectionString)
    {
        // Pooled connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not fail the test.
        }
    }
}
