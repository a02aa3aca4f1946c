using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netpicking.Tests.Storage;

/// <summary>
/// Fails a command after the database has executed it, the way a crash or a full disk would strike
/// mid-transaction: what the command wrote is in the open transaction and must be rolled back.
/// </summary>
internal sealed class FailingCommandInterceptor(string sqlFragment) : DbCommandInterceptor
{
    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        command.CommandText.Contains(sqlFragment, StringComparison.Ordinal)
            ? throw new IOException("Simulated failure after: " + sqlFragment)
            : ValueTask.FromResult(result);

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        command.CommandText.Contains(sqlFragment, StringComparison.Ordinal)
            ? throw new IOException("Simulated failure after: " + sqlFragment)
            : ValueTask.FromResult(result);
}
