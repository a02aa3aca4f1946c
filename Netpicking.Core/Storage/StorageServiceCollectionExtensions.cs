using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Netpicking.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the results store on a SQLite file. Call <see cref="ResultsDatabase.MigrateAsync"/> once at
    /// start-up before anything reads or writes.
    /// </summary>
    public static IServiceCollection AddNetpickingResultsStore(this IServiceCollection services, string databasePath)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IDbContextFactory<ResultsDbContext>>(new SqliteResultsDbContextFactory(databasePath));
        services.AddSingleton<ResultsDatabase>();
        services.AddSingleton<ResultsStore>();
        services.AddSingleton<NetworkResultsLoader>();
        services.AddSingleton<PopulationLoader>();
        return services;
    }
}
