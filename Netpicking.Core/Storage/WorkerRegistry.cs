using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage.Entities;
using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>
/// The processes that train, kept in the results store so that every process (the dashboard on another
/// machine included) sees them: each announces itself, beats every few seconds and signs off when it stops.
/// </summary>
public sealed class WorkerRegistry(IDbContextFactory<ResultsDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>How often a live worker beats.</summary>
    public static readonly TimeSpan BeatInterval = TimeSpan.FromSeconds(5);

    /// <summary>A worker silent for longer than this (four beats) has disappeared: as long as a training's lease.</summary>
    public static readonly TimeSpan SilenceLimit = TrainingLease.Timeout;

    /// <summary>Workers that stopped or vanished longer ago than this are no longer listed.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    /// <summary>Records the worker as started now; a worker restarted under the same name takes its row over.</summary>
    public async Task AnnounceAsync(WorkerAnnouncement worker, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker.Name);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var now = Now();
        var row = await db.Workers.SingleOrDefaultAsync(w => w.Name == worker.Name, cancellationToken);
        if (row is null)
        {
            row = new WorkerEntity { Name = worker.Name };
            db.Workers.Add(row);
        }

        row.Host = worker.Host;
        row.ProcessId = worker.ProcessId;
        row.TrainingWorkers = worker.TrainingWorkers;
        row.TorchThreads = worker.TorchThreads;
        row.StartedAt = now;
        row.LastSeenAt = now;
        row.StoppedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task BeatAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = Now();
        await db.Workers.Where(w => w.Name == name).ExecuteUpdateAsync(s => s.SetProperty(w => w.LastSeenAt, now), cancellationToken);
    }

    public async Task SignOffAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = Now();
        await db.Workers.Where(w => w.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.LastSeenAt, now).SetProperty(w => w.StoppedAt, now), cancellationToken);
    }

    /// <summary>Workers seen in the last day, live ones first, each with the networks it is training.</summary>
    public async Task<IReadOnlyList<WorkerRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = Now();
        var since = now - Memory;
        var workers = await db.Workers.AsNoTracking().Where(w => w.LastSeenAt >= since).ToListAsync(cancellationToken);
        var names = workers.Select(w => w.Name).ToList();
        var running = await db.Trainings.AsNoTracking()
            .Where(t => t.Status == TrainingStatus.Running && t.WorkerName != null && names.Contains(t.WorkerName))
            .Select(t => new { t.WorkerName, t.Network!.Name })
            .ToListAsync(cancellationToken);
        var byWorker = running.ToLookup(r => r.WorkerName!, r => r.Name);
        return workers
            .Select(w => new WorkerRow(w.Name, w.Host, w.ProcessId, w.TrainingWorkers, w.TorchThreads, w.StartedAt, w.LastSeenAt, w.StoppedAt,
                StateOf(w, now), byWorker[w.Name].Order(StringComparer.Ordinal).ToList()))
            .OrderBy(w => w.State)
            .ThenBy(w => w.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static WorkerState StateOf(WorkerEntity worker, DateTime now) =>
        worker.StoppedAt is not null ? WorkerState.Stopped
        : now - worker.LastSeenAt > SilenceLimit ? WorkerState.Disappeared
        : WorkerState.Live;

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;
}
