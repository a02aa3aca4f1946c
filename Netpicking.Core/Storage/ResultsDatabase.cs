using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Netpicking.Core.Storage;

/// <summary>Brings the results database to the current schema; call once at start-up, before any job runs.</summary>
public sealed class ResultsDatabase(IDbContextFactory<ResultsDbContext> contextFactory)
{
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;

    // Any constant: it only has to be the same in every Netpicking process sharing the database.
    private const long MigrationLockKey = 0x4e65747069636b;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await MigratePostgresAsync(db, cancellationToken);
            return;
        }

        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        PrepareSqliteFile(path);
        try
        {
            // WAL lets readers (the web pages) and one writer work at once, and is remembered by the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteReadOnly or SqliteCantOpen)
        {
            throw new ResultsDatabaseException(
                $"The results database '{path}' cannot be written ({e.Message.TrimEnd('.')}). " +
                "Netpicking stores training results in it: make the file and its folder writable, or configure another database file.",
                e);
        }
    }

    /// <summary>
    /// Creates the database when the user may, and applies the migrations. Several processes starting at once is
    /// fine: each holds a session advisory lock while it migrates, so one migrates and the others find it done. (EF
    /// Core's own lock on the history table lasts one migration's transaction only: with two pending migrations, a
    /// second process could start the second one while the first applied it.)
    /// </summary>
    private static async Task MigratePostgresAsync(ResultsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(cancellationToken))
            {
                try
                {
                    await creator.CreateAsync(cancellationToken);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // Another process created it first.
                }
            }

            // Its own physical connection (no pool): closing it ends the session, which releases the lock whatever happens.
            var unpooled = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
            await using var lockConnection = new NpgsqlConnection(unpooled.ConnectionString);
            await lockConnection.OpenAsync(cancellationToken);
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", lockConnection) { CommandTimeout = 0 })
            {
                await take.ExecuteNonQueryAsync(cancellationToken);
            }

            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when ((e is NpgsqlException or TimeoutException || e.InnerException is NpgsqlException) && !cancellationToken.IsCancellationRequested)
        {
            var where = StoreDescription.Postgres(db.Database.GetConnectionString() ?? "");

            // EF's retrying strategy wraps the server's answer in "likely due to a transient failure": say the answer.
            var cause = e.InnerException is NpgsqlException inner ? inner : e;
            throw new ResultsDatabaseException(
                $"The results database ({where}) cannot be used: {cause.Message.TrimEnd('.')}. " +
                "Check that the server runs and accepts this user, and Netpicking:ConnectionString.",
                e);
        }
    }

    /// <summary>
    /// Fails early, with a message a user can act on, for a file marked read-only; checks the mode bits
    /// itself because a process running as root would otherwise write to it regardless.
    /// </summary>
    private static void PrepareSqliteFile(string path)
    {
        if (string.IsNullOrEmpty(path) || path == ":memory:")
        {
            return;
        }

        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath) && IsMarkedReadOnly(fullPath))
        {
            throw new ResultsDatabaseException(
                $"The results database '{fullPath}' is read-only. Netpicking stores training results in it: " +
                "make the file writable, or configure another database file.");
        }

        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static bool IsMarkedReadOnly(string path)
    {
        if (File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
        {
            return true;
        }

        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & anyWrite) == 0;
    }
}
