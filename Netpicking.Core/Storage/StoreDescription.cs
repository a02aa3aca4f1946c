using Netpicking.Core.Configuration;
using Npgsql;

namespace Netpicking.Core.Storage;

/// <summary>Where the configured stores are, in words for start-up lines and errors; never shows a password.</summary>
public static class StoreDescription
{
    public static string Of(NetpickingOptions options) => options.Store switch
    {
        StoreKind.Postgres => $"{Postgres(options.RequiredConnectionString)} (results, and jobs in schema '{JobsSchema}')",
        _ => $"SQLite files {options.ResultsDatabasePath} (results) and {options.JobsDatabasePath} (jobs)",
    };

    /// <summary>The PostgreSQL schema holding Hangfire's tables, beside the results tables in <c>public</c>.</summary>
    public const string JobsSchema = "hangfire";

    public static string Postgres(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var user = string.IsNullOrEmpty(builder.Username) ? "" : $" as {builder.Username}";
            return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}{user}";
        }
        catch (ArgumentException ex)
        {
            throw new ResultsDatabaseException($"Netpicking:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }
    }
}
