using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Configuration;

namespace Netpicking.Core;

public static class DependencyInjection
{
    /// <summary>Registers the core services: options, zoo catalog, datasets, results store, training.</summary>
    public static IServiceCollection AddNetpickingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NetpickingOptions>().Bind(configuration.GetSection(NetpickingOptions.Section));
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
