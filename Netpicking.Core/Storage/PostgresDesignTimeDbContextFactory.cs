using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Netpicking.Core.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add ... --context PostgresResultsDbContext</c> build the model without a
/// server: adding a migration never connects, so the database named here need not exist.
/// </summary>
public sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresResultsDbContext>
{
    public PostgresResultsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresResultsDbContext>().UseNpgsql("Host=localhost;Database=netpicking_design").Options);
}
