using Netpicking.Core.Storage;
using Npgsql;

namespace Netpicking.Tests.Storage;

/// <summary>A fresh, migrated results database on the test run's PostgreSQL server.</summary>
internal sealed class TempPostgresDatabase : IAsyncDisposable
{
    private TempPostgresDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        Factory = new PostgresResultsDbContextFactory(connectionString);
        Store = new ResultsStore(Factory, TimeProvider.System);
    }

    public string ConnectionString { get; }

    public PostgresResultsDbContextFactory Factory { get; }

    public ResultsStore Store { get; }

    public static async Task<TempPostgresDatabase> CreateAsync(bool migrate = true)
    {
        var server = await PostgresServer.GetAsync();
        var database = new TempPostgresDatabase(await server.CreateDatabaseAsync());
        if (migrate)
        {
            await new ResultsDatabase(database.Factory).MigrateAsync(TestContext.Current.CancellationToken);
        }

        return database;
    }

    public async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync()
    {
        Factory.Dispose();
        return ValueTask.CompletedTask;
    }
}
