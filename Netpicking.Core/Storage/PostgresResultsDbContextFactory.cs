using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Netpicking.Core.Storage;

/// <summary>
/// Creates short-lived results contexts on one PostgreSQL database. The data source owns the connection
/// pool, so every context of this process shares it.
/// </summary>
public sealed class PostgresResultsDbContextFactory : IDbContextFactory<ResultsDbContext>, IDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly DbContextOptions<PostgresResultsDbContext> options;

    public PostgresResultsDbContextFactory(string connectionString, params IInterceptor[] extraInterceptors)
    {
        ConnectionString = connectionString;
        dataSource = NpgsqlDataSource.Create(connectionString);
        options = BuildOptions(dataSource, extraInterceptors);
    }

    public string ConnectionString { get; }

    public ResultsDbContext CreateDbContext() => new PostgresResultsDbContext(options);

    public static DbContextOptions<PostgresResultsDbContext> BuildOptions(NpgsqlDataSource dataSource, params IInterceptor[] extraInterceptors) =>
        new DbContextOptionsBuilder<PostgresResultsDbContext>()
            .UseNpgsql(dataSource)
            .AddInterceptors(extraInterceptors)
            .Options;

    public void Dispose() => dataSource.Dispose();
}
