using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage.Entities;

using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>
/// Reads and writes zoos, run settings, campaigns, trainings and epoch results. Every method takes its
/// own short-lived context, so one instance serves concurrent jobs and components. Writes that belong
/// together run in one transaction that takes the store's write lock up front (BEGIN IMMEDIATE on SQLite,
/// an advisory lock on PostgreSQL), so a read-then-write inside it cannot race another worker or machine.
/// </summary>
public sealed class ResultsStore(IDbContextFactory<ResultsDbContext> contextFactory, TimeProvider timeProvider)
{
    private const int MaxErrorMessageLength = 4_000;
    private const int MaxNamesInMessage = 10;

    // ---- zoos -------------------------------------------------------------------------------------

    /// <summary>
    /// Creates the zoo if needed and inserts or updates its networks by their id inside the zoo. Running it
    /// again with the same rows changes nothing, so the built-in zoo can be ensured at every start-up.
    /// </summary>
    public async Task<ZooUpsertResult> EnsureZooAsync(
        string zooName, ZooSource source, IReadOnlyList<NetworkRow> networks, CancellationToken cancellationToken = default)
    {
        RequireText(zooName, "A zoo needs a name.", nameof(zooName));
        ValidateNetworkRows(networks);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);

        var zoo = await db.Zoos.SingleOrDefaultAsync(z => z.Name == zooName, cancellationToken);
        if (zoo is null)
        {
            zoo = new ZooEntity { Name = zooName, Source = source, CreatedAt = Now() };
            db.Zoos.Add(zoo);
        }

        var existing = zoo.Id == 0
            ? []
            : await db.Networks.Where(n => n.ZooId == zoo.Id).ToDictionaryAsync(n => n.ZooNetworkId, cancellationToken);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in networks)
        {
            if (!existing.TryGetValue(row.Id, out var network))
            {
                network = new NetworkEntity
                {
                    Zoo = zoo, ZooNetworkId = row.Id, Name = row.Name, Group = row.Group, Form = row.Form,
                    Activation = row.Activation, SpecLine = row.SpecLine,
                };
                db.Networks.Add(network);
                added++;
            }
            else if (Matches(network, row))
            {
                unchanged++;
                continue;
            }
            else
            {
                updated++;
            }

            Copy(row, network);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ZooUpsertResult(zoo.Id, added, updated, unchanged);
    }

    /// <summary>
    /// Stores a new zoo with its networks in one transaction; a zoo of that name already stored is an
    /// <see cref="ArgumentException"/> and nothing is written (an imported zoo never changes under its trainings).
    /// </summary>
    public async Task<ZooUpsertResult> CreateZooAsync(
        string zooName, ZooSource source, IReadOnlyList<NetworkRow> networks, CancellationToken cancellationToken = default)
    {
        RequireText(zooName, "A zoo needs a name.", nameof(zooName));
        ValidateNetworkRows(networks);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        if (await db.Zoos.AnyAsync(z => z.Name == zooName, cancellationToken))
        {
            throw new ArgumentException($"A zoo named '{zooName}' already exists; choose another name.", nameof(zooName));
        }

        var zoo = new ZooEntity { Name = zooName, Source = source, CreatedAt = Now() };
        db.Zoos.Add(zoo);
        foreach (var row in networks)
        {
            var network = new NetworkEntity
            {
                Zoo = zoo, ZooNetworkId = row.Id, Name = row.Name, Group = row.Group, Form = row.Form, Activation = row.Activation, SpecLine = row.SpecLine,
            };
            Copy(row, network);
            db.Networks.Add(network);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ZooUpsertResult(zoo.Id, networks.Count, 0, 0);
    }

    /// <summary>The names of the stored zoos that came from <paramref name="source"/>, by name.</summary>
    public async Task<IReadOnlyList<string>> ListZooNamesAsync(ZooSource source, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.Zoos.AsNoTracking().Where(z => z.Source == source).Select(z => z.Name).ToListAsync(cancellationToken);
        return names.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The JSONL lines of a stored zoo's networks in id order, or null when there is no such zoo.</summary>
    public async Task<IReadOnlyList<string>?> GetZooSpecLinesAsync(string zooName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var zooId = await db.Zoos.Where(z => z.Name == zooName).Select(z => (int?)z.Id).SingleOrDefaultAsync(cancellationToken);
        if (zooId is null)
        {
            return null;
        }

        return await db.Networks.AsNoTracking().Where(n => n.ZooId == zooId).OrderBy(n => n.ZooNetworkId).Select(n => n.SpecLine)
            .ToListAsync(cancellationToken);
    }

    // ---- datasets ----------------------------------------------------------------------------------

    /// <summary>Registers a dataset key (MNIST and Fashion-MNIST are seeded); returns its row id.</summary>
    public async Task<int> EnsureDatasetAsync(string key, string displayName, CancellationToken cancellationToken = default)
    {
        RequireText(key, "A dataset needs a key.", nameof(key));
        RequireText(displayName, "A dataset needs a display name.", nameof(displayName));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var dataset = await db.Datasets.SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (dataset is null)
        {
            dataset = new DatasetEntity { Key = key, DisplayName = displayName };
            db.Datasets.Add(dataset);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return dataset.Id;
    }

    // ---- run settings ------------------------------------------------------------------------------

    public async Task<RunSettings?> GetRunSettingsAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.RunSettings.AsNoTracking().SingleOrDefaultAsync(r => r.Name == name, cancellationToken);
        return entity is null ? null : ToDto(entity);
    }

    /// <summary>All run settings, built-in first, then by name.</summary>
    public async Task<IReadOnlyList<RunSettings>> ListRunSettingsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await db.RunSettings.AsNoTracking()
            .OrderByDescending(r => r.IsBuiltIn).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return entities.Select(ToDto).ToList();
    }

    /// <summary>Stores user-defined run settings; invalid values give an <see cref="ArgumentException"/> saying which.</summary>
    public async Task<RunSettings> CreateRunSettingsAsync(RunSettings settings, CancellationToken cancellationToken = default)
    {
        ValidateRunSettings(settings);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        if (await db.RunSettings.AnyAsync(r => r.Name == settings.Name, cancellationToken))
        {
            throw new ArgumentException($"Run settings named '{settings.Name}' already exist; choose another name.", nameof(settings));
        }

        var entity = RunSettingsEntity.From(settings);
        db.RunSettings.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToDto(entity);
    }

    // ---- campaigns ---------------------------------------------------------------------------------

    /// <summary>
    /// Creates a campaign and its trainings in one transaction. A network already trained (or in training)
    /// for the same run settings and dataset is reused; a failed or cancelled one is queued again. An
    /// unknown zoo, settings, dataset or network id throws <see cref="ArgumentException"/> and writes nothing.
    /// </summary>
    public async Task<CampaignLaunch> CreateCampaignAsync(CampaignRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);

        var zoo = await db.Zoos.SingleOrDefaultAsync(z => z.Name == request.ZooName, cancellationToken)
            ?? throw new ArgumentException($"There is no zoo named '{request.ZooName}'.", nameof(request));
        var settings = await db.RunSettings.SingleOrDefaultAsync(r => r.Name == request.RunSettingsName, cancellationToken)
            ?? throw new ArgumentException($"There are no run settings named '{request.RunSettingsName}'.", nameof(request));
        var dataset = await db.Datasets.SingleOrDefaultAsync(d => d.Key == request.DatasetKey, cancellationToken)
            ?? throw new ArgumentException($"There is no dataset with key '{request.DatasetKey}'.", nameof(request));

        var networkRowIds = await db.Networks.Where(n => n.ZooId == zoo.Id)
            .Select(n => new { n.Id, n.ZooNetworkId })
            .ToDictionaryAsync(n => n.ZooNetworkId, n => n.Id, cancellationToken);
        var selected = SelectNetworks(request, networkRowIds);

        var existing = await db.Trainings
            .Where(t => t.RunSettingsId == settings.Id && t.DatasetId == dataset.Id && t.Network!.ZooId == zoo.Id)
            .ToDictionaryAsync(t => t.NetworkId, cancellationToken);

        var campaign = new CampaignEntity
        {
            ZooId = zoo.Id,
            RunSettingsId = settings.Id,
            DatasetId = dataset.Id,
            CreatedAt = Now(),
            State = CampaignState.Active,
            Label = string.IsNullOrWhiteSpace(request.Label) ? null : request.Label.Trim(),
        };
        db.Campaigns.Add(campaign);

        var trainings = new List<TrainingEntity>(selected.Count);
        foreach (var networkRowId in selected)
        {
            if (!existing.TryGetValue(networkRowId, out var training))
            {
                training = new TrainingEntity
                {
                    NetworkId = networkRowId, RunSettingsId = settings.Id, DatasetId = dataset.Id, Status = TrainingStatus.Queued,
                };
                db.Trainings.Add(training);
            }
            else if (training.Status is TrainingStatus.Failed or TrainingStatus.Cancelled)
            {
                training.Status = TrainingStatus.Queued;
                training.ErrorMessage = null;
                training.FinishedAt = null;
            }

            trainings.Add(training);
            db.CampaignTrainings.Add(new CampaignTrainingEntity { Campaign = campaign, Training = training });
        }

        if (trainings.All(t => t.Status == TrainingStatus.Done))
        {
            campaign.State = CampaignState.Completed;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var zooIds = networkRowIds.ToDictionary(n => n.Value, n => n.Key);
        var queued = trainings.Where(t => t.Status == TrainingStatus.Queued).ToList();
        return new CampaignLaunch(
            campaign.Id,
            queued.Select(t => t.Id).ToList(),
            trainings.Count(t => t.Status == TrainingStatus.Done),
            trainings.Count(t => t.Status == TrainingStatus.Running),
            queued.Select(t => zooIds[t.NetworkId]).ToList());
    }

    /// <summary>
    /// Cancels an active campaign: its queued trainings become Cancelled, except those another active
    /// campaign still wants. Running trainings finish. Returns false when the campaign was not active.
    /// </summary>
    public async Task<bool> CancelCampaignAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            ?? throw new ArgumentException($"There is no campaign with id {campaignId}.", nameof(campaignId));
        if (campaign.State != CampaignState.Active)
        {
            return false;
        }

        campaign.State = CampaignState.Cancelled;
        await db.SaveChangesAsync(cancellationToken);

        var now = Now();
        await db.Trainings
            .Where(t => (t.Status == TrainingStatus.Queued || t.Status == TrainingStatus.Running)
                && t.Campaigns.Any(m => m.CampaignId == campaignId)
                && !t.Campaigns.Any(m => m.CampaignId != campaignId && m.Campaign!.State == CampaignState.Active))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TrainingStatus.Cancelled).SetProperty(t => t.FinishedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Every training of a campaign with its status and live progress, by network id.</summary>
    public async Task<IReadOnlyList<CampaignTrainingRow>> GetCampaignTrainingsAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.CampaignTrainings.AsNoTracking()
            .Where(m => m.CampaignId == campaignId)
            .Select(m => new
            {
                m.Training!.Id,
                NetworkId = m.Training.Network!.ZooNetworkId,
                m.Training.Network.Name,
                m.Training.Network.Group,
                m.Training.Status,
                m.Training.Attempts,
                m.Training.ErrorMessage,
                m.Training.WorkerName,
                m.Training.StartedAt,
                m.Training.FinishedAt,
                m.Training.LastHeartbeatAt,
                m.Training.ProgressEpoch,
                m.Training.ProgressBatch,
                m.Training.ProgressBatches,
                m.Training.ProgressLoss,
                m.Training.RunSettings!.Epochs,
            })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.NetworkId)
            .Select(r => new CampaignTrainingRow(r.Id, r.NetworkId, r.Name, r.Group, r.Status, r.Attempts, r.ErrorMessage, r.WorkerName,
                r.StartedAt, r.FinishedAt, r.LastHeartbeatAt,
                r.ProgressEpoch is { } epoch
                    ? new TrainingProgress(epoch, r.Epochs, r.ProgressBatch ?? 0, r.ProgressBatches ?? 0, r.ProgressLoss ?? double.NaN)
                    : null))
            .ToList();
    }

    /// <summary>The trainings of a campaign, for signalling the jobs of this process when it is cancelled.</summary>
    public async Task<IReadOnlyList<int>> GetCampaignTrainingIdsAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.CampaignTrainings.Where(m => m.CampaignId == campaignId).Select(m => m.TrainingId).ToListAsync(cancellationToken);
    }

    public async Task<CampaignProgress> GetCampaignProgressAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.CampaignTrainings.AsNoTracking()
            .Where(m => m.CampaignId == campaignId)
            .GroupBy(m => m.Training!.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return ToProgress(counts.Select(c => (c.Status, c.Count)));
    }

    /// <summary>All campaigns, newest first, each with its progress counts.</summary>
    public async Task<IReadOnlyList<CampaignSummary>> ListCampaignsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Label, ZooName = c.Zoo!.Name, RunSettingsName = c.RunSettings!.Name, DatasetKey = c.Dataset!.Key, c.State,
                c.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        var counts = await db.CampaignTrainings.AsNoTracking()
            .GroupBy(m => new { m.CampaignId, m.Training!.Status })
            .Select(g => new { g.Key.CampaignId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var countsByCampaign = counts.ToLookup(c => c.CampaignId, c => (c.Status, c.Count));

        return campaigns
            .Select(c => new CampaignSummary(
                c.Id, c.Label, c.ZooName, c.RunSettingsName, c.DatasetKey, c.State, c.CreatedAt, ToProgress(countsByCampaign[c.Id])))
            .ToList();
    }

    // ---- trainings ---------------------------------------------------------------------------------

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
            : new TrainingJob(row.Id, row.Status, row.ZooName, row.ZooNetworkId, row.Name, row.SpecLine, ToDto(row.Settings), row.DatasetKey);
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
            .SingleOrDefaultAsync(cancellationToken) ?? throw UnknownTraining(trainingId);
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
        return rows.Select(r => new MeasuredTraining(r.SpecLine, ToDto(r.Settings), r.Train, r.Test)).ToList();
    }

    /// <summary>
    /// Marks a training as running and counts the attempt. Returns false, changing nothing, when the
    /// training is already done or cancelled: the job should then stop (a job may run twice).
    /// </summary>
    /// <summary>A running training whose heartbeat is older than this is taken to be dead (its process was killed).</summary>
    public static readonly TimeSpan LeaseTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Takes the training for this worker. False when it is done, cancelled, or running elsewhere with a
    /// fresh heartbeat: a job fetched twice (Hangfire re-runs jobs of vanished workers) then does nothing.
    /// </summary>
    public async Task<bool> MarkRunningAsync(int trainingId, RunEnvironment environment, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = Now();
        var staleBefore = now - LeaseTimeout;
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
            throw UnknownTraining(trainingId);
        }

        return changed == 1;
    }

    /// <summary>Records that a running training is alive, so a stale Running status can be told from a live one.</summary>
    /// <summary>
    /// Running trainings of active campaigns whose worker stopped sending heartbeats (a killed process) go
    /// back to Queued; the caller enqueues them again.
    /// </summary>
    public async Task<IReadOnlyList<int>> RequeueStaleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var staleBefore = Now() - LeaseTimeout;
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

    // ---- epochs ------------------------------------------------------------------------------------

    /// <summary>
    /// Saves one epoch and, for a tested epoch, its predictions, in one transaction. An epoch that is
    /// already stored is left as it is: returns false and does not throw, because a job may run twice.
    /// Invalid input throws <see cref="ArgumentException"/> and stores nothing.
    /// </summary>
    public async Task<bool> SaveEpochAsync(EpochRecord record, CancellationToken cancellationToken = default)
    {
        ValidateEpoch(record);
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
            if (!await db.Trainings.AnyAsync(t => t.Id == record.TrainingId, cancellationToken))
            {
                throw UnknownTraining(record.TrainingId);
            }

            if (await EpochExistsAsync(db, record.TrainingId, record.Epoch, cancellationToken))
            {
                return false;
            }

            db.EpochResults.Add(ToEntity(record));
            if (record.Predictions is { } predictions)
            {
                db.EpochPredictions.Add(new EpochPredictionsEntity
                {
                    TrainingId = record.TrainingId,
                    Epoch = record.Epoch,
                    ImageCount = predictions.ImageCount,
                    LogProbabilities = predictions.LogProbabilities,
                    Argmax = predictions.Argmax,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            var now = Now();
            await db.Trainings.Where(t => t.Id == record.TrainingId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastHeartbeatAt, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another run of the same job may have stored this epoch between our check and our insert
            // (possible on servers whose transactions do not lock up front). Its copy stands.
            if (await EpochStoredAsync(record.TrainingId, record.Epoch, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>
    /// Saves many epochs (of one or several trainings) in one transaction: for bulk imports and the analysis benchmark,
    /// where a commit per epoch would spend most of the time syncing the file. Training jobs use
    /// <see cref="SaveEpochAsync"/>, whose transaction covers exactly one epoch. Epochs already stored are left as they
    /// are; returns how many were saved. Any invalid record, or an unknown training, throws and stores nothing.
    /// </summary>
    public async Task<int> SaveEpochsAsync(IReadOnlyList<EpochRecord> records, CancellationToken cancellationToken = default)
    {
        foreach (var record in records)
        {
            ValidateEpoch(record);
        }

        var duplicate = records.GroupBy(r => (r.TrainingId, r.Epoch)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Epoch {duplicate.Key.Epoch} of training {duplicate.Key.TrainingId} appears more than once.", nameof(records));
        }

        if (records.Count == 0)
        {
            return 0;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var trainingIds = records.Select(r => r.TrainingId).Distinct().ToList();
        var known = await db.Trainings.Where(t => trainingIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var unknown = trainingIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw UnknownTraining(unknown[0]);
        }

        var stored = (await db.EpochResults.Where(e => trainingIds.Contains(e.TrainingId))
                .Select(e => new { e.TrainingId, e.Epoch })
                .ToListAsync(cancellationToken))
            .Select(e => (e.TrainingId, e.Epoch))
            .ToHashSet();
        var saved = 0;
        foreach (var record in records)
        {
            if (stored.Contains((record.TrainingId, record.Epoch)))
            {
                continue;
            }

            db.EpochResults.Add(ToEntity(record));
            if (record.Predictions is { } predictions)
            {
                db.EpochPredictions.Add(new EpochPredictionsEntity
                {
                    TrainingId = record.TrainingId,
                    Epoch = record.Epoch,
                    ImageCount = predictions.ImageCount,
                    LogProbabilities = predictions.LogProbabilities,
                    Argmax = predictions.Argmax,
                });
            }

            saved++;
        }

        await db.SaveChangesAsync(cancellationToken);
        var now = Now();
        await db.Trainings.Where(t => trainingIds.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastHeartbeatAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>The stored epochs of a training in order, without predictions.</summary>
    public async Task<IReadOnlyList<StoredEpoch>> GetStoredEpochsAsync(int trainingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await db.EpochResults.AsNoTracking()
            .Where(e => e.TrainingId == trainingId)
            .OrderBy(e => e.Epoch)
            .ToListAsync(cancellationToken);
        return entities.Select(ToDto).ToList();
    }

    /// <summary>The stored predictions of a tested epoch, or null when there are none.</summary>
    public async Task<EncodedPredictions?> GetPredictionsAsync(int trainingId, int epoch, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await db.EpochPredictions.AsNoTracking()
            .SingleOrDefaultAsync(p => p.TrainingId == trainingId && p.Epoch == epoch, cancellationToken);
        return entity is null ? null : new EncodedPredictions(entity.LogProbabilities, entity.Argmax);
    }

    // ---- helpers -----------------------------------------------------------------------------------

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
            throw UnknownTraining(trainingId);
        }

        // A campaign is complete once none of its trainings is waiting or in progress.
        await db.Campaigns
            .Where(c => c.State == CampaignState.Active
                && c.Members.Any(m => m.TrainingId == trainingId)
                && !c.Members.Any(m => m.Training!.Status == TrainingStatus.Queued || m.Training!.Status == TrainingStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, CampaignState.Completed), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task<bool> EpochExistsAsync(ResultsDbContext db, int trainingId, int epoch, CancellationToken cancellationToken) =>
        db.EpochResults.AnyAsync(e => e.TrainingId == trainingId && e.Epoch == epoch, cancellationToken);

    private async Task<bool> EpochStoredAsync(int trainingId, int epoch, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await EpochExistsAsync(db, trainingId, epoch, cancellationToken);
    }

    private static List<int> SelectNetworks(CampaignRequest request, Dictionary<int, int> networkRowIds)
    {
        if (request.NetworkIds is null)
        {
            return networkRowIds.OrderBy(n => n.Key).Select(n => n.Value).ToList();
        }

        var requested = request.NetworkIds.Distinct().Order().ToList();
        var unknown = requested.Where(id => !networkRowIds.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            var shown = string.Join(", ", unknown.Take(MaxNamesInMessage)) + (unknown.Count > MaxNamesInMessage ? ", …" : "");
            throw new ArgumentException(
                $"Zoo '{request.ZooName}' has no network with id {shown} ({unknown.Count} unknown); nothing was created.",
                nameof(request));
        }

        if (requested.Count == 0)
        {
            throw new ArgumentException("A campaign needs at least one network.", nameof(request));
        }

        return requested.Select(id => networkRowIds[id]).ToList();
    }

    private static void ValidateNetworkRows(IReadOnlyList<NetworkRow> networks)
    {
        foreach (var row in networks)
        {
            if (string.IsNullOrWhiteSpace(row.Name) || string.IsNullOrWhiteSpace(row.SpecLine))
            {
                throw new ArgumentException($"Network {row.Id} needs a name and a spec line.", nameof(networks));
            }
        }

        var duplicateId = networks.GroupBy(n => n.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicateId is not null)
        {
            throw new ArgumentException($"Network id {duplicateId.Key} appears more than once.", nameof(networks));
        }

        var duplicateName = networks.GroupBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicateName is not null)
        {
            throw new ArgumentException($"Network name '{duplicateName.Key}' appears more than once.", nameof(networks));
        }
    }

    private static void ValidateRunSettings(RunSettings settings)
    {
        var problems = settings.Problems().ToList();
        if (settings.IsBuiltIn)
        {
            problems.Add("Only the seeded run settings (t1, t2, t3, quick) are built-in.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(settings));
        }
    }

    private static void ValidateEpoch(EpochRecord record)
    {
        Require(record.Epoch >= 1, $"Epochs are numbered from 1 (got {record.Epoch}).");
        Require(record.EpochSeconds >= 0 && double.IsFinite(record.EpochSeconds),
            $"The epoch time must be a finite number of seconds (got {record.EpochSeconds}).");
        Require(record.EpochCpuSeconds is not { } cpu || (cpu >= 0 && double.IsFinite(cpu)),
            $"The epoch's CPU time must be a finite number of seconds (got {record.EpochCpuSeconds}).");
        Require(record.TestSeconds is null || (record.Test is not null && record.TestSeconds >= 0 && double.IsFinite(record.TestSeconds.Value)),
            $"A test time belongs to a tested epoch and is a finite number of seconds (got {record.TestSeconds}).");
        Require(record.Test is null == record.Predictions is null,
            "A tested epoch needs both its test scores and its predictions; an untested epoch has neither.");
        if (record.Test is not { } test || record.Predictions is not { } predictions)
        {
            return;
        }

        Require(test.ClassRecall.Length == PredictionCodec.ClassCount,
            $"Per-class recall needs {PredictionCodec.ClassCount} values (got {test.ClassRecall.Length}).");
        Require(test.ClassAuc.Length == PredictionCodec.ClassCount,
            $"Per-class AUC needs {PredictionCodec.ClassCount} values (got {test.ClassAuc.Length}).");
        Require(test.ConfusionMatrix.Length == PredictionCodec.ClassCount * PredictionCodec.ClassCount,
            $"The confusion matrix needs {PredictionCodec.ClassCount * PredictionCodec.ClassCount} counts (got {test.ConfusionMatrix.Length}).");
        Require(test.Accuracy is >= 0 and <= 1 && test.BalancedAccuracy is >= 0 and <= 1,
            $"Accuracy and balanced accuracy are fractions between 0 and 1 (got {test.Accuracy} and {test.BalancedAccuracy}).");

        var images = predictions.ImageCount;
        Require(images >= 1, "Predictions need at least one image.");
        Require(predictions.LogProbabilities.Length == images * PredictionCodec.ClassCount * PredictionCodec.BytesPerValue,
            $"The log-probabilities blob must hold {images * PredictionCodec.ClassCount * PredictionCodec.BytesPerValue} bytes " +
            $"for {images} images (got {predictions.LogProbabilities.Length}).");
        Require(predictions.Argmax.All(c => c < PredictionCodec.ClassCount), "Every argmax must be a class from 0 to 9.");
        Require(test.ConfusionMatrix.Sum(c => (long)c) == images,
            $"The confusion matrix counts {test.ConfusionMatrix.Sum(c => (long)c)} images but the predictions hold {images}.");

        static void Require(bool condition, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(message, nameof(record));
            }
        }
    }

    private static void RequireText(string? value, string message, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    private static bool Matches(NetworkEntity n, NetworkRow r) =>
        n.Name == r.Name && n.Group == r.Group && n.Form == r.Form && n.Activation == r.Activation && n.SpecLine == r.SpecLine &&
        n.Params == r.Params && n.MemoryElements == r.MemoryElements && n.Ops == r.Ops && n.Layers == r.Layers && n.Depth == r.Depth;

    private static void Copy(NetworkRow r, NetworkEntity n)
    {
        n.Name = r.Name;
        n.Group = r.Group;
        n.Form = r.Form;
        n.Activation = r.Activation;
        n.SpecLine = r.SpecLine;
        n.Params = r.Params;
        n.MemoryElements = r.MemoryElements;
        n.Ops = r.Ops;
        n.Layers = r.Layers;
        n.Depth = r.Depth;
    }

    private static CampaignProgress ToProgress(IEnumerable<(TrainingStatus Status, int Count)> counts)
    {
        var byStatus = counts.ToDictionary(c => c.Status, c => c.Count);
        int Of(TrainingStatus status) => byStatus.GetValueOrDefault(status);
        return new CampaignProgress(
            Of(TrainingStatus.Queued), Of(TrainingStatus.Running), Of(TrainingStatus.Done), Of(TrainingStatus.Failed), Of(TrainingStatus.Cancelled));
    }

    private static RunSettings ToDto(RunSettingsEntity e) =>
        new(e.Name, e.Epochs, e.TestEvery, e.LearningRate, e.TrainBatchSize, e.TrainSize, e.Seed, e.IsBuiltIn);

    // SQLite stores NaN as NULL, so a diverged network's NaN loss travels as NULL and comes back as NaN.
    private static EpochResultEntity ToEntity(EpochRecord r) => new()
    {
        TrainingId = r.TrainingId,
        Epoch = r.Epoch,
        TrainLoss = NullIfNaN(r.TrainLoss),
        EpochSeconds = r.EpochSeconds,
        EpochCpuSeconds = r.EpochCpuSeconds,
        TestSeconds = r.TestSeconds,
        Tested = r.Test is not null,
        TestLoss = r.Test is null ? null : NullIfNaN(r.Test.TestLoss),
        Accuracy = r.Test?.Accuracy,
        BalancedAccuracy = r.Test?.BalancedAccuracy,
        AucMean = r.Test is null ? null : NullIfNaN(r.Test.AucMean),
        ClassRecall = r.Test?.ClassRecall,
        ClassAuc = r.Test?.ClassAuc,
        ConfusionMatrix = r.Test?.ConfusionMatrix,
    };

    internal static StoredEpoch ToDto(EpochResultEntity e) => new(
        e.Epoch,
        e.TrainLoss ?? double.NaN,
        e.EpochSeconds,
        e.EpochCpuSeconds,
        e.TestSeconds,
        e.Tested
            ? new TestScores(
                e.TestLoss ?? double.NaN,
                e.Accuracy ?? double.NaN,
                e.BalancedAccuracy ?? double.NaN,
                e.AucMean ?? double.NaN,
                e.ClassRecall ?? [],
                e.ClassAuc ?? [],
                e.ConfusionMatrix ?? [])
            : null);

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;

    private static string Truncate(string message) =>
        message.Length <= MaxErrorMessageLength ? message : message[..MaxErrorMessageLength];

    private static ArgumentException UnknownTraining(int trainingId) =>
        new($"There is no training with id {trainingId}.", nameof(trainingId));
}
