using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Configuration;
using Netpicking.Core.Storage;

namespace Netpicking.Web.Jobs;

public static class JobServices
{
    /// <summary>
    /// Hangfire on the configured job store (a SQLite file, or the <c>hangfire</c> schema of the shared PostgreSQL
    /// database) and — unless <c>TrainingWorkers</c> is 0 — a server for the <c>training</c> queue with one worker
    /// per core by default, each training with its own torch threads, announced in the worker registry. The server takes
    /// jobs from <paramref name="queues"/>' queue: the shared one unless a <c>train</c> run gives its own.
    /// </summary>
    public static IServiceCollection AddNetpickingJobs(this IServiceCollection services, IConfiguration configuration, TrainingQueues? queues = null)
    {
        queues ??= TrainingQueues.SharedQueue();
        var options = configuration.GetSection(NetpickingOptions.Section).Get<NetpickingOptions>() ?? new NetpickingOptions();
        services.AddHangfire(hangfire =>
        {
            hangfire
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            UseJobStore(hangfire, options);
        });
        services.AddSingleton(WorkerIdentity.ForThisProcess(options.WorkerName));
        services.AddSingleton(queues);
        services.AddSingleton<HangfireTrainingScheduler>();
        services.AddSingleton<ITrainingScheduler>(provider => provider.GetRequiredService<HangfireTrainingScheduler>());
        services.AddTransient<TrainNetworkJob>();

        if (options.EffectiveTrainingWorkers > 0)
        {
            services.AddHangfireServer((provider, server) =>
            {
                server.ServerName = provider.GetRequiredService<WorkerIdentity>().Name;
                server.Queues = [queues.Listen];
                server.WorkerCount = options.EffectiveTrainingWorkers;
                server.ShutdownTimeout = TimeSpan.FromSeconds(10);
            });
            services.AddHostedService<StaleTrainingRecovery>();
            services.AddHostedService<WorkerPresence>();
        }

        return services;
    }

    private static void UseJobStore(IGlobalConfiguration hangfire, NetpickingOptions options)
    {
        var poll = TimeSpan.FromSeconds(options.QueuePollSeconds);
        if (options.Store == StoreKind.Postgres)
        {
            var connectionString = options.RequiredConnectionString;
            hangfire.UsePostgreSqlStorage(
                bootstrap => bootstrap.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = StoreDescription.JobsSchema,
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = poll,
                    // The server keeps extending the fetch of a running job, so a job of a vanished machine is offered
                    // again after minutes rather than hours; the training lease makes the second run harmless.
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromMinutes(5),
                });
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.JobsDatabasePath)!);
        hangfire.UseSQLiteStorage(options.JobsDatabasePath, new SQLiteStorageOptions
        {
            QueuePollInterval = poll,
            InvisibilityTimeout = TimeSpan.FromSeconds(options.JobInvisibilitySeconds),
        });
    }
}
