using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Configuration;
using Netpicking.Core.Data;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Core;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the core services: options, datasets, the results store (migrated when the host starts),
    /// training and campaigns. The caller registers an <see cref="ITrainingScheduler"/>.
    /// </summary>
    public static IServiceCollection AddNetpickingCore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NetpickingOptions.Section);
        var options = section.Get<NetpickingOptions>() ?? new NetpickingOptions();
        services.AddOptions<NetpickingOptions>().Bind(section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<NetpickingOptions>>().Value.ToDataOptions());
        services.AddNetpickingData();

        // First hosted service: the compute path is chosen before the job server can start a training.
        services.TryAddSingleton<Compute.IComputeProbeLauncher, Compute.UnavailableProbeLauncher>();
        services.AddSingleton<Compute.ComputePathResolver>();
        services.AddSingleton<Compute.ComputeSetup>();
        services.AddHostedService(provider => provider.GetRequiredService<Compute.ComputeSetup>());

        services.AddNetpickingResultsStore(options);
        services.AddHostedService<ResultsDatabaseMigrator>();

        services.AddSingleton<TrainingDataCache>();
        services.AddSingleton(provider =>
        {
            var value = provider.GetRequiredService<IOptions<NetpickingOptions>>().Value;
            return new KeptWeights(value.WeightsFolder, value.KeepWeights);
        });
        services.AddSingleton<InputGradientService>();
        services.AddSingleton<TrainingCancellations>();
        services.AddSingleton<TrainingRunner>();
        services.AddSingleton<ZooResolver>();
        services.AddSingleton<CampaignService>();
        services.AddSingleton<TrainingCosts>();
        services.AddSingleton<CampaignForecaster>();
        services.AddSingleton<Imports.ZooImporter>();
        services.AddSingleton<Export.ExportLoader>();
        return services;
    }
}
