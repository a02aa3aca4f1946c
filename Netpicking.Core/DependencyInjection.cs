using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Netpicking.Core.Configuration;
using Netpicking.Core.Data;

namespace Netpicking.Core;

public static class DependencyInjection
{
    /// <summary>Registers the core services: options, zoo catalog, datasets, results store, training.</summary>
    public static IServiceCollection AddNetpickingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NetpickingOptions>().Bind(configuration.GetSection(NetpickingOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<NetpickingOptions>>().Value.ToDataOptions());
        services.AddNetpickingData();
        return services;
    }
}
