using Microsoft.EntityFrameworkCore;

namespace Netpicking.Core.Storage;

/// <summary>The results of one network of a zoo (its page): every dataset × run settings it was trained under.</summary>
public sealed class NetworkResultsLoader(IDbContextFactory<ResultsDbContext> contextFactory)
{
    /// <summary>Its trainings, with their stored epochs in order; empty when it was never launched.</summary>
    public async Task<IReadOnlyList<NetworkTraining>> LoadAsync(string zooName, int networkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var trainings = await db.Trainings.AsNoTracking()
            .Where(t => t.Network!.Zoo!.Name == zooName && t.Network.ZooNetworkId == networkId)
            .Select(t => new
            {
                t.Id, Dataset = t.Dataset!.Key, Run = t.RunSettings!.Name, t.Status, t.ErrorMessage, t.WorkerName, t.StartedAt, t.FinishedAt,
                t.StoreSeconds, t.ComputePath,
            })
            .ToListAsync(cancellationToken);
        var ids = trainings.Select(t => t.Id).ToArray();
        var epochs = (await db.EpochResults.AsNoTracking()
                .Where(e => ids.Contains(e.TrainingId))
                .OrderBy(e => e.Epoch)
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.TrainingId, EpochStore.ToDto);
        return trainings
            .Select(t => new NetworkTraining(
                t.Id, t.Dataset, t.Run, t.Status, t.ErrorMessage, t.WorkerName, epochs[t.Id].ToList(), t.StartedAt, t.FinishedAt, t.StoreSeconds, t.ComputePath))
            .OrderBy(t => t.Dataset, StringComparer.Ordinal).ThenBy(t => t.RunSettings, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per network of the zoo that was ever launched: its most telling training state (running, then done, queued,
    /// failed, cancelled) and its best accuracy at the last tested epoch of any dataset × run settings, for the Zoo table.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, NetworkLatest>> LatestAsync(string zooName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var trainings = await db.Trainings.AsNoTracking()
            .Where(t => t.Network!.Zoo!.Name == zooName)
            .Select(t => new { t.Id, NetworkId = t.Network!.ZooNetworkId, t.Status, Scope = t.Dataset!.Key + " / " + t.RunSettings!.Name })
            .ToListAsync(cancellationToken);
        var zooTrainings = db.Trainings.Where(t => t.Network!.Zoo!.Name == zooName).Select(t => t.Id);
        var lastTested = (await db.EpochResults.AsNoTracking()
                .Where(e => e.Tested && zooTrainings.Contains(e.TrainingId))
                .Select(e => new { e.TrainingId, e.Epoch, e.Accuracy })
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.TrainingId)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Epoch)!);
        return trainings.GroupBy(t => t.NetworkId).ToDictionary(g => g.Key, g =>
        {
            var status = g.Select(t => t.Status).MinBy(StatusOrder);
            var best = g.Where(t => lastTested.ContainsKey(t.Id))
                .Select(t => (t.Scope, lastTested[t.Id].Epoch, Accuracy: lastTested[t.Id].Accuracy ?? double.NaN))
                .OrderByDescending(r => r.Accuracy)
                .FirstOrDefault();
            return new NetworkLatest(status, g.Count(), best.Scope, best.Scope is null ? null : best.Epoch, best.Scope is null ? null : best.Accuracy);
        });
    }

    private static int StatusOrder(TrainingStatus status) => status switch
    {
        TrainingStatus.Running => 0,
        TrainingStatus.Done => 1,
        TrainingStatus.Queued => 2,
        TrainingStatus.Failed => 3,
        _ => 4,
    };
}
