using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netpicking.Tests.Reliability;

/// <summary>
/// A full disk for SQLite without a small file system: caps the database at <see cref="MaxPages"/> pages on every
/// connection, so a write that needs more fails inside SQLite with SQLITE_FULL ("database or disk is full"),
/// the very error a full disk gives. 0 means no cap.
/// </summary>
internal sealed class PageLimitInterceptor : DbConnectionInterceptor
{
    public long MaxPages { get; set; }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA max_page_count = {(MaxPages > 0 ? MaxPages : 1_073_741_823)};";
        command.ExecuteNonQuery();
    }
}
