using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netpicking.Core.Storage;

/// <summary>
/// Sets the busy timeout on every connection: several training workers write to one file, and a writer
/// that finds the database locked should wait for its turn rather than fail. (WAL, the other half of
/// that, is a property of the file and is set once by <see cref="ResultsDatabase.MigrateAsync"/>.)
/// </summary>
public sealed class SqlitePragmaInterceptor(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};";
        command.ExecuteNonQuery();
    }
}
