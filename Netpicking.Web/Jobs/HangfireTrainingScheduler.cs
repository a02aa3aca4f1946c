using Hangfire;
using Netpicking.Core.Campaigns;

namespace Netpicking.Web.Jobs;

public sealed class HangfireTrainingScheduler(IBackgroundJobClient jobs) : ITrainingScheduler
{
    public void Enqueue(int trainingId) =>
        jobs.Enqueue<TrainNetworkJob>(job => job.RunAsync(trainingId, CancellationToken.None));
}
