using Microsoft.EntityFrameworkCore;

namespace Netpicking.Core.Storage;

/// <summary>The results context on SQLite; its migrations are in <c>Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteResultsDbContext(DbContextOptions<SqliteResultsDbContext> options) : ResultsDbContext(options);
