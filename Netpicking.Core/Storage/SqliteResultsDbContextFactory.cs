using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netpicking.Core.Storage;

/// <summary>
/// Creates short-lived results contexts on one SQLite file. Jobs and components take a context per unit
/// of work from here, never a long-lived one.
/// </summary>
public sealed class SqliteResultsDbContextFactory : IDbContextFactory<ResultsDbContext>
{
    /// <summary>Long enough to outwait another worker's epoch write (a few ms) by orders of magnitude.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    private readonly DbContextOptions<SqliteResultsDbContext> options;

    public SqliteResultsDbContextFactory(string databasePath, params IInterceptor[] extraInterceptors)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        ConnectionString = BuildConnectionString(DatabasePath);
        options = BuildOptions(ConnectionString, extraInterceptors);
    }

    public string DatabasePath { get; }

    public string ConnectionString { get; }

    public ResultsDbContext CreateDbContext() => new SqliteResultsDbContext(options);

    public static string BuildConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = (int)DefaultBusyTimeout.TotalSeconds,
        }.ToString();

    public static DbContextOptions<SqliteResultsDbContext> BuildOptions(string connectionString, params IInterceptor[] extraInterceptors) =>
        new DbContextOptionsBuilder<SqliteResultsDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors([new SqlitePragmaInterceptor(DefaultBusyTimeout), .. extraInterceptors])
            .Options;
}
