using Hangfire;
using Netpicking.Core.Campaigns;

namespace Netpicking.Web.Jobs;

/// <summary>The Hangfire job that trains one network; all the work is in Core's <see cref="TrainingRunner"/>.</summary>
public sealed class TrainNetworkJob(TrainingRunner runner, WorkerIdentity worker)
{
    /// <summary>The queue the dashboard and the workers share (<see cref="TrainingQueues"/>).</summary>
    public const string Queue = "training";

    // No automatic retry: a failure is recorded with its message; the user relaunches the campaign. No [Queue]: the
    // scheduler chooses it, and the attribute would override that choice. The network and origin are there for the job
    // list only.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Train {1} ({2})")]
    public Task RunAsync(int trainingId, string network, string origin, CancellationToken cancellationToken) =>
        runner.RunAsync(trainingId, worker.Name, cancellationToken);

    /// <summary>The job as earlier versions enqueued it; jobs of those versions may still wait in a store.</summary>
    [Queue(Queue)]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Train network (training {0})")]
    public Task RunAsync(int trainingId, CancellationToken cancellationToken) =>
        runner.RunAsync(trainingId, worker.Name, cancellationToken);
}
