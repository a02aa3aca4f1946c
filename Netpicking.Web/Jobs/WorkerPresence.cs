using Microsoft.Extensions.Options;
using Netpicking.Core.Configuration;
using Netpicking.Core.Storage;

namespace Netpicking.Web.Jobs;

/// <summary>
/// In every process that trains: announces it in the worker registry at start, beats every few seconds and signs
/// off at a clean stop, so the Training page of any process can tell live workers from stopped and vanished ones.
/// </summary>
public sealed class WorkerPresence(
    WorkerRegistry registry, WorkerIdentity identity, IOptions<NetpickingOptions> options, ILogger<WorkerPresence> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var announcement = new WorkerAnnouncement(
            identity.Name, Environment.MachineName, Environment.ProcessId, options.Value.EffectiveTrainingWorkers, options.Value.TorchThreads);
        using var timer = new PeriodicTimer(WorkerRegistry.BeatInterval);
        var announced = false;
        do
        {
            try
            {
                if (announced)
                {
                    await registry.BeatAsync(identity.Name, stoppingToken);
                }
                else
                {
                    await registry.AnnounceAsync(announcement, stoppingToken);
                    announced = true;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Only the Training page's view of this worker suffers; training goes on.
                logger.LogWarning(ex, "Could not record worker {Worker} in the registry; trying again in {Interval}", identity.Name, WorkerRegistry.BeatInterval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await registry.SignOffAsync(identity.Name, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not record that worker {Worker} stopped", identity.Name);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
