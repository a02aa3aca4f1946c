using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Analysis;
using Netpicking.Core.Data;
using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Export;

/// <summary>
/// Loads what the CSV exports need: the population snapshots through <see cref="PopulationLoader"/> (the same
/// snapshots the analyses use), the test losses the snapshot leaves out, and the test labels. Every request is
/// checked against the registry and the store first, so a bad name is an <see cref="ExportRequestException"/>
/// with a plain message, never a path or a query on something that is not there.
/// </summary>
public sealed class ExportLoader(PopulationLoader populations, IDbContextFactory<ResultsDbContext> contextFactory, DatasetLocator locator)
{
    /// <summary>One source per zoo × dataset × run settings with results that the request names (every one when it names none).</summary>
    public async Task<IReadOnlyList<SnapshotExportSource>> LoadSnapshotsAsync(ExportRequest request, CancellationToken cancellationToken = default)
    {
        SnapshotCsv.RankedMetricOf(request.ScoreOrDefault);
        var epoch = request.FilterOrAll.Epoch;
        var scopes = await ScopesAsync(request, cancellationToken);
        var sources = new List<SnapshotExportSource>();
        foreach (var scope in scopes)
        {
            if (epoch is { } e && !scope.TestedEpochs.Contains(e))
            {
                continue;
            }

            var snapshot = await LoadSnapshotAsync(scope, epoch, request.ScoreOrDefault, cancellationToken);
            sources.Add(new SnapshotExportSource(snapshot, await TestLossesAsync(scope, cancellationToken)));
        }

        if (epoch is { } wanted && scopes.Count > 0 && sources.Count == 0)
        {
            throw new ExportRequestException(
                $"No results at epoch {wanted}. Tested epochs with results: {string.Join("; ", scopes.Select(s => $"{s.Describe()}: {string.Join(", ", s.TestedEpochs)}"))}.");
        }

        return sources;
    }

    /// <summary>The snapshot of one dataset × run settings: the request must name them unless the store has results for only one.</summary>
    public async Task<VotesExport> LoadVotesAsync(ExportRequest request, CancellationToken cancellationToken = default)
    {
        var scopes = await ScopesAsync(request, cancellationToken);
        if (scopes.Count == 0)
        {
            throw new ExportRequestException("There are no test results for that yet: launch training first.");
        }

        if (scopes.Count > 1)
        {
            throw new ExportRequestException(
                $"The vote table is for one zoo, dataset and run settings; name them (zoo, dataset and run). With results: {string.Join(", ", scopes.Select(s => s.Describe()))}.");
        }

        var scope = scopes[0];
        if (request.FilterOrAll.Epoch is { } epoch && !scope.TestedEpochs.Contains(epoch))
        {
            throw new ExportRequestException(
                $"Epoch {epoch} has no results in {scope.Describe()}; tested epochs with results: {string.Join(", ", scope.TestedEpochs)}.");
        }

        var snapshot = await LoadSnapshotAsync(scope, request.FilterOrAll.Epoch, request.ScoreOrDefault, cancellationToken);
        return new VotesExport(snapshot, locator.Registry.Get(scope.Dataset).ClassNames);
    }

    private async Task<PopulationSnapshot> LoadSnapshotAsync(ResultScope scope, int? epoch, ScoreSelector score, CancellationToken cancellationToken)
    {
        var location = await locator.LocateAsync(scope.Dataset, cancellationToken);
        var info = location.Info;
        var labels = IdxReader.ReadLabels(
            Path.Combine(location.Folder, info.Files.TestLabels.FileName), info.Describe(info.Files.TestLabels), info.TestCount);
        return await populations.LoadAsync(new PopulationRequest(scope.Dataset, scope.RunSettings, epoch, score, scope.Zoo), labels, cancellationToken);
    }

    /// <summary>The zoo × dataset × run settings scopes with tested results, narrowed to the request's names, which must exist.</summary>
    private async Task<IReadOnlyList<ResultScope>> ScopesAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        if (request.Dataset is { Length: > 0 } dataset && !locator.Registry.TryGet(dataset, out _))
        {
            throw new ExportRequestException($"Unknown dataset '{dataset}'. Known datasets: {string.Join(", ", locator.Registry.Names)}.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (request.RunSettings is { Length: > 0 } run && !await db.RunSettings.AnyAsync(r => r.Name == run, cancellationToken))
        {
            var known = await db.RunSettings.OrderBy(r => r.Name).Select(r => r.Name).ToListAsync(cancellationToken);
            throw new ExportRequestException($"There are no run settings named '{run}'. Known: {string.Join(", ", known)}.");
        }

        if (request.Zoo is { Length: > 0 } zoo && !await db.Zoos.AnyAsync(z => z.Name == zoo, cancellationToken))
        {
            var known = await db.Zoos.OrderBy(z => z.Name).Select(z => z.Name).ToListAsync(cancellationToken);
            throw new ExportRequestException($"There is no zoo named '{zoo}'. Known: {string.Join(", ", known)}.");
        }

        var tested = await db.EpochResults.AsNoTracking()
            .Where(e => e.Tested)
            .Join(db.Trainings, e => e.TrainingId, t => t.Id, (e, t) => new { Zoo = t.Network!.Zoo!.Name, Dataset = t.Dataset!.Key, Run = t.RunSettings!.Name, e.Epoch })
            .Distinct()
            .ToListAsync(cancellationToken);
        var datasetName = request.Dataset is { Length: > 0 } d ? locator.Registry.Get(d).Name : null;
        return tested
            .Where(r => (datasetName is null || r.Dataset == datasetName) && (string.IsNullOrEmpty(request.RunSettings) || r.Run == request.RunSettings)
                && (string.IsNullOrEmpty(request.Zoo) || r.Zoo == request.Zoo))
            .GroupBy(r => (r.Zoo, r.Dataset, r.Run))
            .OrderBy(g => g.Key.Zoo != ZooCatalog.DefaultZooName).ThenBy(g => g.Key.Zoo, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Dataset, StringComparer.Ordinal).ThenBy(g => g.Key.Run, StringComparer.Ordinal)
            .Select(g => new ResultScope(g.Key.Zoo, g.Key.Dataset, g.Key.Run, g.Select(r => r.Epoch).Order().ToArray()))
            .ToList();
    }

    private async Task<IReadOnlyDictionary<(int NetworkId, string Name, int Epoch), double>> TestLossesAsync(
        ResultScope scope, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.EpochResults.AsNoTracking()
            .Where(e => e.Tested)
            .Join(
                db.Trainings.Where(t => t.Network!.Zoo!.Name == scope.Zoo && t.Dataset!.Key == scope.Dataset && t.RunSettings!.Name == scope.RunSettings),
                e => e.TrainingId, t => t.Id,
                (e, t) => new { t.Network!.ZooNetworkId, t.Network.Name, e.Epoch, e.TestLoss })
            .ToListAsync(cancellationToken);
        var losses = new Dictionary<(int, string, int), double>();
        foreach (var row in rows)
        {
            losses[(row.ZooNetworkId, row.Name, row.Epoch)] = row.TestLoss ?? double.NaN;
        }

        return losses;
    }
}
