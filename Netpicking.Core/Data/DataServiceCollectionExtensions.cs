using Microsoft.Extensions.DependencyInjection;

namespace Netpicking.Core.Data;

/// <summary>Registers the Data layer; meant to be called from the Core's single registration method.</summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddNetpickingData(this IServiceCollection services, DataOptions options) =>
        services.AddSingleton(options).AddNetpickingData();

    /// <summary>Registers the Data layer for a <see cref="DataOptions"/> the caller registers.</summary>
    public static IServiceCollection AddNetpickingData(this IServiceCollection services)
    {
        // A factory, not AddSingleton<DatasetRegistry>(): DI would pick the constructor taking
        // IEnumerable<DatasetInfo> and satisfy it with an empty list.
        services.AddSingleton(provider => new DatasetRegistry(provider.GetRequiredService<DataOptions>()));
        // Downloads are rare and long (~30 MB); one client for the process, with a timeout that allows slow mirrors.
        services.AddSingleton(_ => new DatasetDownloader(new HttpClient { Timeout = TimeSpan.FromMinutes(10) }));
        services.AddSingleton(provider => new DatasetLocator(
            provider.GetRequiredService<DataOptions>(),
            provider.GetRequiredService<DatasetRegistry>(),
            provider.GetRequiredService<DatasetDownloader>()));
        services.AddSingleton<DatasetLoader>();
        services.AddSingleton<DatasetVerifier>();
        return services;
    }
}
