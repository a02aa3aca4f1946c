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
            .Select(t => new { t.Id, Dataset = t.Dataset!.Key, Run = t.RunSettings!.Name, t.Status, t.ErrorMessage, t.WorkerName })
            .ToListAsync(cancellationToken);
        var ids = trainings.Select(t => t.Id).ToArray();
        var epochs = (await db.EpochResults.AsNoTracking()
                .Where(e => ids.Contains(e.TrainingId))
                .OrderBy(e => e.Epoch)
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.TrainingId, ResultsStore.ToDto);
        return trainings
            .Select(t => new NetworkTraining(t.Id, t.Dataset, t.Run, t.Status, t.ErrorMessage, t.WorkerName, epochs[t.Id].ToList()))
            .OrderBy(t => t.Dataset, StringComparer.Ordinal).ThenBy(t => t.RunSettings, StringComparer.Ordinal)
            .ToList();
    }
}
