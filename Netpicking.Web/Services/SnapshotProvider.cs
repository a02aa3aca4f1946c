using Netpicking.Core.Analysis;
using Netpicking.Core.Data;
using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;

namespace Netpicking.Web.Services;

/// <summary>
/// Population snapshots for the analysis pages. Loading one reads every network's answers (~0.4 s for a full zoo), so
/// the last few are kept and reused until the store gains a tested epoch; the "version" is the number of tested epoch
/// rows, one cheap count per request.
/// </summary>
public sealed class SnapshotProvider(
    PopulationLoader loader, DatasetLoader datasets, ResultsStore store)
{
    private const int Kept = 4;
    private readonly Lock gate = new();
    private readonly LinkedList<(string Key, Task<PopulationSnapshot> Snapshot)> recent = new();

    /// <summary>The zoos, datasets and run settings that hold tested results (the default zoo first), with how many networks each has.</summary>
    public async Task<IReadOnlyList<ScopeChoice>> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var scopes = await store.Epochs.ListTestedScopesAsync(cancellationToken);
        return scopes.Select(s => new ScopeChoice(s.Zoo, s.Dataset, s.RunSettings, s.Trainings))
            .OrderBy(c => c.Zoo != ZooCatalog.DefaultZooName).ThenBy(c => c.Zoo, StringComparer.Ordinal)
            .ThenBy(c => c.Dataset, StringComparer.Ordinal).ThenByDescending(c => c.Networks)
            .ToList();
    }

    public Task<ScopeEpochs> EpochsAsync(string zoo, string dataset, string run, CancellationToken cancellationToken = default) =>
        loader.EpochsAsync(zoo, dataset, run, cancellationToken);

    /// <summary>
    /// The snapshot of <paramref name="scope"/>; probabilities are loaded per network on first use, so pages that never
    /// ask for them pay nothing.
    /// </summary>
    public async Task<PopulationSnapshot> LoadAsync(SnapshotScope scope, CancellationToken cancellationToken = default)
    {
        var version = await store.Epochs.CountTestedEpochsAsync(cancellationToken);

        var key = $"{scope.Key}|{scope.Score}|{version}";
        Task<PopulationSnapshot> task;
        lock (gate)
        {
            var hit = recent.FirstOrDefault(r => r.Key == key);
            if (hit.Snapshot is not null)
            {
                recent.Remove(hit);
            }

            if (hit.Snapshot is { IsFaulted: false, IsCanceled: false })
            {
                task = hit.Snapshot;
            }
            else
            {
                // Not tied to this caller's cancellation: a page left half-way must not spoil the entry for the next one.
                task = LoadUncachedAsync(scope);
            }

            recent.AddFirst((key, task));
            while (recent.Count > Kept)
            {
                recent.RemoveLast();
            }
        }

        return await task.WaitAsync(cancellationToken);
    }

    private async Task<PopulationSnapshot> LoadUncachedAsync(SnapshotScope scope)
    {
        var labels = await datasets.LoadTestLabelsAsync(scope.Dataset);
        return await loader.LoadAsync(
            new PopulationRequest(scope.Dataset, scope.RunSettings, scope.Epoch, scope.Score, scope.Zoo, ProbabilityLoading.OnDemand),
            labels);
    }
}
