using Hangfire;
using Hangfire.Storage.SQLite;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Configuration;

namespace Netpicking.Web.Jobs;

public static class JobServices
{
    /// <summary>
    /// Hangfire on the SQLite job store, and — unless <c>TrainingWorkers</c> is 0 — a server for the
    /// <c>training</c> queue with one worker per core by default, each training with its own torch threads.
    /// </summary>
    public static IServiceCollection AddNetpickingJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(NetpickingOptions.Section).Get<NetpickingOptions>() ?? new NetpickingOptions();
        Directory.CreateDirectory(Path.GetDirectoryName(options.JobsDatabasePath)!);
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseSQLiteStorage(options.JobsDatabasePath, new SQLiteStorageOptions
            {
                QueuePollInterval = TimeSpan.FromSeconds(options.QueuePollSeconds),
                InvisibilityTimeout = TimeSpan.FromSeconds(options.JobInvisibilitySeconds),
            }));
        services.AddSingleton(WorkerIdentity.ForThisProcess(configuration["Netpicking:WorkerName"]));
        services.AddSingleton<ITrainingScheduler, HangfireTrainingScheduler>();
        services.AddTransient<TrainNetworkJob>();

        if (options.EffectiveTrainingWorkers > 0)
        {
            services.AddHangfireServer((provider, server) =>
            {
                server.ServerName = provider.GetRequiredService<WorkerIdentity>().Name;
                server.Queues = [TrainNetworkJob.Queue];
                server.WorkerCount = options.EffectiveTrainingWorkers;
                server.ShutdownTimeout = TimeSpan.FromSeconds(10);
            });
            services.AddHostedService<StaleTrainingRecovery>();
        }

        return services;
    }
}
