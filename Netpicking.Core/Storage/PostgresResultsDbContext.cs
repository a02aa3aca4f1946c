using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Netpicking.Core.Storage;

/// <summary>The results context on PostgreSQL; its migrations are in <c>Storage/Migrations/Postgres</c>.</summary>
public sealed class PostgresResultsDbContext(DbContextOptions<PostgresResultsDbContext> options) : ResultsDbContext(options)
{
    /// <summary>Any constant works as long as every process uses the same one; it names the store's one write lock.</summary>
    private const long WriteLockKey = 0x4E_65_74_70_69_63_6B; // "Netpick"

    /// <summary>
    /// PostgreSQL transactions do not lock up front (read committed), so two launches of the same campaign
    /// could both find a training missing and both insert it. A transaction-scoped advisory lock makes the
    /// store's write transactions take turns, as SQLite's BEGIN IMMEDIATE does; it is released at commit or rollback.
    /// </summary>
    public override async Task<IDbContextTransaction> BeginWriteTransactionAsync(CancellationToken cancellationToken = default)
    {
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({WriteLockKey})", cancellationToken);
        return transaction;
    }
}
