using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage.Entities;
using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>
/// Trainings as jobs see them: what to train, the lease a worker takes and keeps with heartbeats (<see cref="TrainingLease"/>),
/// re-queueing the trainings of silent workers, and finishing. A job may run twice (Hangfire re-runs jobs of vanished
/// workers), so taking a training is a conditional update that only one run wins.
/// </summary>
public sealed class TrainingStore(IDbContextFactory<ResultsDbContext> contextFactory, TimeProvider timeProvider)
{
    private const int MaxErrorMessageLength = 4_000;

    /// <summary>What a job needs to train one network, or null when the training does not exist.</summary>
    public async Task<TrainingJob?> GetTrainingJobAsync(int trainingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Trainings.AsNoTracking()
            .Where(t => t.Id == trainingId)
            .Select(t => new
            {
                t.Id, t.Status, ZooName = t.Network!.Zoo!.Name, t.Network.ZooNetworkId, t.Network.Name, t.Network.SpecLine,
                Settings = t.RunSettings!, DatasetKey = t.Dataset!.Key,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new TrainingJob(row.Id, row.Status, row.ZooName, row.ZooNetworkId, row.Name, row.SpecLine, row.Settings.ToSettings(), row.DatasetKey);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> waiting trainings that can train in lockstep with <paramref name="trainingId"/>: in an
    /// active campaign with it, under the same run settings and dataset, with nothing stored yet.
    /// </summary>
    public async Task<IReadOnlyList<int>> GetLockstepCompanionsAsync(int trainingId, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var training = await db.Trainings.AsNoTracking().Where(t => t.Id == trainingId)
            .Select(t => new { t.RunSettingsId, t.DatasetId, Campaigns = t.Campaigns.Select(m => m.CampaignId).ToList() })
            .SingleOrDefaultAsync(cancellationToken) ?? throw StoreErrors.UnknownTraining(trainingId);
        return await db.Trainings.AsNoTracking()
            .Where(t => t.Id != trainingId && t.Status == TrainingStatus.Queued && t.RunSettingsId == training.RunSettingsId
                && t.DatasetId == training.DatasetId
                && t.Campaigns.Any(m => training.Campaigns.Contains(m.CampaignId) && m.Campaign!.State == CampaignState.Active)
                && !db.EpochResults.Any(e => e.TrainingId == t.Id))
            .OrderBy(t => t.Id)
            .Select(t => t.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The latest <paramref name="limit"/> done trainings that ran on a compute path starting with
    /// <paramref name="computePathTag"/>, with their seconds of training epochs and of testing.
    /// </summary>
    public async Task<IReadOnlyList<MeasuredTraining>> GetMeasuredTrainingsAsync(
        string computePathTag, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Trainings.AsNoTracking()
            .Where(t => t.Status == TrainingStatus.Done && t.ComputePath != null && t.ComputePath.StartsWith(computePathTag))
            .OrderByDescending(t => t.FinishedAt)
            .Take(limit)
            .Select(t => new
            {
                t.Network!.SpecLine,
                Settings = t.RunSettings!,
                Train = db.EpochResults.Where(e => e.TrainingId == t.Id).Sum(e => e.EpochSeconds),
                Test = db.EpochResults.Where(e => e.TrainingId == t.Id).Sum(e => e.TestSeconds ?? 0),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MeasuredTraining(r.SpecLine, r.Settings.ToSettings(), r.Train, r.Test)).ToList();
    }

    /// <summary>
    /// Takes the training for this worker. False when it is done, cancelled, or running elsewhere with a
    /// fresh heartbeat: a job fetched twice (Hangfire re-runs jobs of vanished workers) then does nothing.
    /// </summary>
    public async Task<bool> MarkRunningAsync(int trainingId, RunEnvironment environment, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = Now();
        var staleBefore = TrainingLease.StaleBefore(now);
        var changed = await db.Trainings
            .Where(t => t.Id == trainingId && t.Status != TrainingStatus.Done && t.Status != TrainingStatus.Cancelled
                && (t.Status != TrainingStatus.Running || t.LastHeartbeatAt == null || t.LastHeartbeatAt < staleBefore))
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Status, TrainingStatus.Running)
                    .SetProperty(t => t.Attempts, t => t.Attempts + 1)
                    .SetProperty(t => t.ErrorMessage, (string?)null)
                    .SetProperty(t => t.Device, environment.Device)
                    .SetProperty(t => t.Threads, environment.Threads)
                    .SetProperty(t => t.LibraryVersion, environment.LibraryVersion)
                    .SetProperty(t => t.WorkerName, environment.WorkerName)
                    .SetProperty(t => t.ComputePath, environment.ComputePath)
                    .SetProperty(t => t.StoreSeconds, (double?)null)
                    .SetProperty(t => t.StartedAt, now)
                    .SetProperty(t => t.FinishedAt, (DateTime?)null)
                    .SetProperty(t => t.LastHeartbeatAt, now),
                cancellationToken);
        if (changed == 0 && !await db.Trainings.AnyAsync(t => t.Id == trainingId, cancellationToken))
        {
            throw StoreErrors.UnknownTraining(trainingId);
        }

        return changed == 1;
    }

    /// <summary>
    /// Running trainings of active campaigns whose worker stopped sending heartbeats (a killed process) go
    /// back to Queued; the caller enqueues them again.
    /// </summary>
    public async Task<IReadOnlyList<int>> RequeueStaleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var staleBefore = TrainingLease.StaleBefore(Now());
        var stale = db.Trainings.Where(t => t.Status == TrainingStatus.Running
            && (t.LastHeartbeatAt == null || t.LastHeartbeatAt < staleBefore)
            && t.Campaigns.Any(m => m.Campaign!.State == CampaignState.Active));
        var ids = await stale.Select(t => t.Id).ToListAsync(cancellationToken);
        if (ids.Count > 0)
        {
            await db.Trainings.Where(t => ids.Contains(t.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.Queued), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    /// <summary>Records that the training is alive and where it is; returns its status (Cancelled tells the job to stop).</summary>
    public async Task<TrainingStatus> HeartbeatAsync(int trainingId, TrainingProgress? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = Now();
        var training = db.Trainings.Where(t => t.Id == trainingId);
        if (progress is null)
        {
            await training.ExecuteUpdateAsync(s => s.SetProperty(t => t.LastHeartbeatAt, now), cancellationToken);
        }
        else
        {
            await training.ExecuteUpdateAsync(
                s => s.SetProperty(t => t.LastHeartbeatAt, now)
                    .SetProperty(t => t.ProgressEpoch, progress.Epoch)
                    .SetProperty(t => t.ProgressBatch, progress.Batch)
                    .SetProperty(t => t.ProgressBatches, progress.Batches)
                    .SetProperty(t => t.ProgressLoss, double.IsFinite(progress.RunningLoss) ? progress.RunningLoss : null),
                cancellationToken);
        }

        return await db.Trainings.Where(t => t.Id == trainingId).Select(t => t.Status).FirstAsync(cancellationToken);
    }

    /// <summary>
    /// Gives up this worker's lease on a running training without finishing it (the process is shutting down):
    /// the next job for it, here after a restart or on another worker, may take it at once instead of waiting
    /// for the lease to run out. Changes nothing when another worker has taken it meanwhile.
    /// </summary>
    public async Task ReleaseAsync(int trainingId, string workerName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Trainings
            .Where(t => t.Id == trainingId && t.Status == TrainingStatus.Running && t.WorkerName == workerName)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastHeartbeatAt, (DateTime?)null), cancellationToken);
    }

    /// <param name="storeSeconds">Seconds this run spent encoding and writing its epochs.</param>
    public Task MarkDoneAsync(int trainingId, CancellationToken cancellationToken = default, double? storeSeconds = null) =>
        FinishAsync(trainingId, TrainingStatus.Done, null, cancellationToken, storeSeconds);

    public Task MarkFailedAsync(int trainingId, string message, CancellationToken cancellationToken = default) =>
        FinishAsync(trainingId, TrainingStatus.Failed, Truncate(message), cancellationToken);

    public Task MarkCancelledAsync(int trainingId, CancellationToken cancellationToken = default) =>
        FinishAsync(trainingId, TrainingStatus.Cancelled, null, cancellationToken);

    /// <summary>How many trainings are running now, for the navigation's status line.</summary>
    public async Task<int> CountRunningAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Trainings.CountAsync(t => t.Status == TrainingStatus.Running, cancellationToken);
    }

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

    private async Task FinishAsync(int trainingId, TrainingStatus status, string? message, CancellationToken cancellationToken, double? storeSeconds = null)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var now = Now();
        var changed = await db.Trainings.Where(t => t.Id == trainingId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Status, status)
                    .SetProperty(t => t.ErrorMessage, message)
                    .SetProperty(t => t.StoreSeconds, t => storeSeconds ?? t.StoreSeconds)
                    .SetProperty(t => t.FinishedAt, now)
                    .SetProperty(t => t.LastHeartbeatAt, now),
                cancellationToken);
        if (changed == 0)
        {
            throw StoreErrors.UnknownTraining(trainingId);
        }

        // A campaign is complete once none of its trainings is waiting or in progress.
        await db.Campaigns
            .Where(c => c.State == CampaignState.Active
                && c.Members.Any(m => m.TrainingId == trainingId)
                && !c.Members.Any(m => m.Training!.Status == TrainingStatus.Queued || m.Training!.Status == TrainingStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, CampaignState.Completed), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Truncate(string message) =>
        message.Length <= MaxErrorMessageLength ? message : message[..MaxErrorMessageLength];
}
