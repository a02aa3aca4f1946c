using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Netpicking.Core.Configuration;

namespace Netpicking.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the results store on a SQLite file. Call <see cref="ResultsDatabase.MigrateAsync"/> once at
    /// start-up before anything reads or writes.
    /// </summary>
    public static IServiceCollection AddNetpickingResultsStore(this IServiceCollection services, string databasePath) =>
        services.AddResultsStore(new SqliteResultsDbContextFactory(databasePath));

    /// <summary>Registers the results store the options choose: a SQLite file, or a PostgreSQL database.</summary>
    public static IServiceCollection AddNetpickingResultsStore(this IServiceCollection services, NetpickingOptions options)
    {
        if (options.Store == StoreKind.Postgres)
        {
            return services.AddResultsStore(new PostgresResultsDbContextFactory(options.RequiredConnectionString));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.ResultsDatabasePath)!);
        return services.AddNetpickingResultsStore(options.ResultsDatabasePath);
    }

    private static IServiceCollection AddResultsStore(this IServiceCollection services, IDbContextFactory<ResultsDbContext> factory)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(factory);
        services.AddSingleton<ResultsDatabase>();
        services.AddSingleton<ResultsStore>();
        services.AddSingleton<NetworkResultsLoader>();
        services.AddSingleton<WorkerRegistry>();
        services.AddSingleton<PopulationLoader>();
        services.AddSingleton<CampaignResultsReader>();
        return services;
    }
}
