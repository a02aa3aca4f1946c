using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Netpicking.Core.Campaigns;
using Netpicking.Web.Jobs;

namespace Netpicking.Tests.Jobs;

/// <summary>
/// Which queue a training goes to: a train run's own campaign to its own queue, everything else to the shared one, and what
/// it has not started back to the shared queue when it stops early (docs/decisions/0018).
/// </summary>
public sealed class TrainingQueuesTests
{
    [Fact]
    public void ATrainRunPutsItsLaunchAndItsOwnRecoveredTrainingsOnItsQueueAndOthersOnTheSharedOne()
    {
        var queues = TrainingQueues.OwnQueue();
        var jobs = new RecordingJobClient();
        var scheduler = new HangfireTrainingScheduler(jobs, queues);
        queues.Claim([1, 2]);

        scheduler.Enqueue(new TrainingTicket(1, "Basic", CampaignId: 7));
        scheduler.Enqueue(new TrainingTicket(2, "LinearReLU_1", CampaignId: null));
        scheduler.Enqueue(new TrainingTicket(3, "Conv3dReLU_1", CampaignId: null));

        Assert.True(queues.IsPrivate);
        Assert.Matches("^[a-z0-9_-]+$", queues.Listen);
        Assert.Equal([queues.Listen, queues.Listen, TrainingQueues.Shared], jobs.Created.Select(c => c.Queue));
        Assert.Equal(["Basic", "LinearReLU_1", "Conv3dReLU_1"], jobs.Created.Select(c => c.Job.Args[1]));
        Assert.Equal("campaign 7", jobs.Created[0].Job.Args[2]);
    }

    [Fact]
    public void WhatARunStoppingEarlyHasNotStartedMovesToTheSharedQueueOnce()
    {
        var queues = TrainingQueues.OwnQueue();
        var jobs = new RecordingJobClient();
        var scheduler = new HangfireTrainingScheduler(jobs, queues);
        scheduler.Enqueue(new TrainingTicket(1, "Basic", CampaignId: 7));
        scheduler.Enqueue(new TrainingTicket(2, "LinearReLU_1", CampaignId: 7));

        var moved = scheduler.HandOver([2, 99]);
        var again = scheduler.HandOver([2]);

        Assert.Equal(1, moved);
        Assert.Equal(0, again);
        Assert.Equal(["job-2"], jobs.Deleted);
        var last = jobs.Created[^1];
        Assert.Equal(TrainingQueues.Shared, last.Queue);
        Assert.Equal(2, last.Job.Args[0]);
    }

    [Fact]
    public void TheDashboardAndSharedQueueRunsPutEverythingOnTheSharedQueue()
    {
        var queues = TrainingQueues.SharedQueue();
        var jobs = new RecordingJobClient();
        var scheduler = new HangfireTrainingScheduler(jobs, queues);
        queues.Claim([1]);

        scheduler.Enqueue(new TrainingTicket(1, "Basic", CampaignId: 7));
        scheduler.Enqueue(new TrainingTicket(3, "Conv3dReLU_1", CampaignId: null));

        Assert.False(queues.IsPrivate);
        Assert.All(jobs.Created, c => Assert.Equal(TrainingQueues.Shared, c.Queue));
        Assert.Equal(0, scheduler.HandOver([1]));
    }

    /// <summary>Records what the scheduler asks Hangfire for, without a job store.</summary>
    private sealed class RecordingJobClient : IBackgroundJobClient
    {
        public List<(Job Job, string Queue)> Created { get; } = [];

        public List<string> Deleted { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add((job, ((EnqueuedState)state).Queue));
            return $"job-{Created.Count}";
        }

        public bool ChangeState(string jobId, IState state, string expectedState)
        {
            if (state is DeletedState)
            {
                Deleted.Add(jobId);
            }

            return true;
        }
    }
}
