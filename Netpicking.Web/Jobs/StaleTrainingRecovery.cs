using Netpicking.Core.Campaigns;

namespace Netpicking.Web.Jobs;

/// <summary>
/// In every process that trains: puts the trainings of workers that vanished (killed, machine lost) back
/// on the queue, at start and every ten seconds. Hangfire's SQLite store would only re-run such a job
/// after its invisibility timeout (hours), and it has no heartbeat (docs/engineering.md#hangfire-re-runs-jobs).
/// </summary>
public sealed class StaleTrainingRecovery(IServiceProvider services, ILogger<StaleTrainingRecovery> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var recovered = await services.GetRequiredService<CampaignService>().RecoverStaleAsync(stoppingToken);
                if (recovered > 0)
                {
                    logger.LogWarning("Re-queued {Count} training(s) whose worker stopped sending heartbeats", recovered);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Looking for abandoned trainings failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
