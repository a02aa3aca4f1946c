using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage.Entities;
using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>
/// Campaigns: launching one over a zoo's networks (reusing trainings already done), cancelling it, and what its trainings
/// are doing. Every method takes its own short-lived context.
/// </summary>
public sealed class CampaignStore(IDbContextFactory<ResultsDbContext> contextFactory, TimeProvider timeProvider)
{
    private const int MaxNamesInMessage = 10;

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

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

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

    private static CampaignProgress ToProgress(IEnumerable<(TrainingStatus Status, int Count)> counts)
    {
        var byStatus = counts.ToDictionary(c => c.Status, c => c.Count);
        int Of(TrainingStatus status) => byStatus.GetValueOrDefault(status);
        return new CampaignProgress(
            Of(TrainingStatus.Queued), Of(TrainingStatus.Running), Of(TrainingStatus.Done), Of(TrainingStatus.Failed), Of(TrainingStatus.Cancelled));
    }
}
