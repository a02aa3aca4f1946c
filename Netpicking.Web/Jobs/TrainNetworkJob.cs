using Hangfire;
using Netpicking.Core.Campaigns;

namespace Netpicking.Web.Jobs;

/// <summary>The Hangfire job that trains one network; all the work is in Core's <see cref="TrainingRunner"/>.</summary>
public sealed class TrainNetworkJob(TrainingRunner runner, WorkerIdentity worker)
{
    public const string Queue = "training";

    // No automatic retry: a failure is recorded with its message; the user relaunches the campaign.
    [Queue(Queue)]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Train network (training {0})")]
    public Task RunAsync(int trainingId, CancellationToken cancellationToken) =>
        runner.RunAsync(trainingId, worker.Name, cancellationToken);
}
