using Microsoft.EntityFrameworkCore;

namespace Netpicking.Core.Storage;

/// <summary>The scores and costs of a campaign's done trainings, for the Training page's rows and its population chart.</summary>
public sealed class CampaignResultsReader(IDbContextFactory<ResultsDbContext> contextFactory)
{
    public async Task<IReadOnlyList<CampaignNetworkResult>> ReadAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var trainings = await db.CampaignTrainings.AsNoTracking()
            .Where(m => m.CampaignId == campaignId && m.Training!.Status == TrainingStatus.Done)
            .Select(m => new { m.TrainingId, m.Training!.Network!.Params })
            .ToListAsync(cancellationToken);
        var ids = trainings.Select(t => t.TrainingId).ToList();
        var epochs = (await db.EpochResults.AsNoTracking()
                .Where(e => ids.Contains(e.TrainingId))
                .Select(e => new { e.TrainingId, e.Epoch, e.EpochSeconds, e.EpochCpuSeconds, e.Tested, e.Accuracy })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.TrainingId);
        return trainings.Select(t =>
            {
                var own = epochs[t.TrainingId].OrderBy(e => e.Epoch).ToList();
                var last = own.LastOrDefault(e => e.Tested);
                return new CampaignNetworkResult(t.TrainingId, last?.Accuracy, last?.Epoch, own.Sum(e => e.EpochSeconds),
                    own.Count > 0 && own.All(e => e.EpochCpuSeconds is not null) ? own.Sum(e => e.EpochCpuSeconds!.Value) : null, t.Params);
            })
            .ToList();
    }
}
