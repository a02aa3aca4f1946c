using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Netpicking.Core.Campaigns;

namespace Netpicking.Web.Jobs;

public sealed class HangfireTrainingScheduler(IBackgroundJobClient jobs, TrainingQueues queues) : ITrainingScheduler
{
    // Jobs put on a private queue, so that a train run stopping early can hand what it has not started to the shared queue.
    private readonly ConcurrentDictionary<int, (string JobId, TrainingTicket Ticket)> onPrivateQueue = new();

    public void Enqueue(int trainingId) => Enqueue(new TrainingTicket(trainingId, $"training {trainingId}", CampaignId: null));

    public void Enqueue(TrainingTicket ticket)
    {
        var queue = queues.For(ticket);
        var jobId = jobs.Create(
            Job.FromExpression<TrainNetworkJob>(job => job.RunAsync(ticket.TrainingId, ticket.NetworkName, ticket.Origin, CancellationToken.None)),
            new EnqueuedState(queue));
        if (queue != TrainingQueues.Shared)
        {
            onPrivateQueue[ticket.TrainingId] = (jobId, ticket);
        }
    }

    /// <summary>
    /// Moves the given trainings from this process's private queue to the shared one (a train run that stops early leaves
    /// its waiting networks to the dashboard and the workers). Returns how many moved.
    /// </summary>
    public int HandOver(IEnumerable<int> trainingIds)
    {
        var moved = 0;
        foreach (var id in trainingIds)
        {
            if (onPrivateQueue.TryRemove(id, out var entry))
            {
                jobs.Delete(entry.JobId);
                jobs.Create(
                    Job.FromExpression<TrainNetworkJob>(job => job.RunAsync(id, entry.Ticket.NetworkName, entry.Ticket.Origin, CancellationToken.None)),
                    new EnqueuedState(TrainingQueues.Shared));
                moved++;
            }
        }

        return moved;
    }
}
