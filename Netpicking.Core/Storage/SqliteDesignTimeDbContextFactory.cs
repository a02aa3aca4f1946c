using Microsoft.EntityFrameworkCore.Design;

namespace Netpicking.Core.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add ... --context SqliteResultsDbContext</c> build the model without
/// the web host; the file named here is never written by the tools' model building.
/// </summary>
public sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteResultsDbContext>
{
    public SqliteResultsDbContext CreateDbContext(string[] args) =>
        new(SqliteResultsDbContextFactory.BuildOptions(SqliteResultsDbContextFactory.BuildConnectionString("design-time.db")));
}
