using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Analysis;
using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>
/// Builds a <see cref="PopulationSnapshot"/> from the results store with a few set-based queries: epoch scores without
/// any blob, one query for the argmax bytes of the scope's epoch, and the float16 log-probabilities only when asked.
/// The test labels come from the dataset (the store does not keep them), so the caller passes them in.
/// </summary>
public sealed class PopulationLoader(IDbContextFactory<ResultsDbContext> contextFactory)
{
    public async Task<PopulationSnapshot> LoadAsync(PopulationRequest request, byte[] labels, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (dataset, settingsEntity) = await FindScopeAsync(db, request.DatasetKey, request.RunSettingsName, cancellationToken);
        var settings = new RunSettings(settingsEntity.Name, settingsEntity.Epochs, settingsEntity.TestEvery, settingsEntity.LearningRate);
        var zooId = await ZooIdAsync(db, request.Zoo, cancellationToken);
        var trainings = db.Trainings.AsNoTracking()
            .Where(t => t.RunSettingsId == settingsEntity.Id && t.DatasetId == dataset.Id && t.Network!.ZooId == zooId);

        // Every epoch (untested ones carry training time too), projected so the confusion matrix is never read.
        var epochRows = await db.EpochResults.AsNoTracking()
            .Join(trainings, e => e.TrainingId, t => t.Id, (e, t) => new
            {
                e.TrainingId, e.Epoch, e.EpochSeconds, e.EpochCpuSeconds, e.TestSeconds, e.Tested, e.Accuracy, e.BalancedAccuracy, e.AucMean,
                e.ClassRecall, e.ClassAuc,
            })
            .ToListAsync(cancellationToken);

        var testedWithResults = epochRows.Where(e => e.Tested).Select(e => e.Epoch).Distinct().Order().ToArray();
        var epoch = request.Epoch ?? new ScopeEpochs(request.DatasetKey, request.RunSettingsName, settings.TestedEpochs.ToArray(), testedWithResults).Default;
        var scope = new SnapshotScope(request.Zoo, request.DatasetKey, request.RunSettingsName, epoch, request.Score ?? ScoreSelector.Accuracy);

        var byTraining = new Dictionary<int, List<EpochScores>>();
        foreach (var group in epochRows.GroupBy(e => e.TrainingId))
        {
            double cumulative = 0;
            double? cpu = 0, testing = 0;
            var tested = new List<EpochScores>();
            foreach (var row in group.OrderBy(e => e.Epoch))
            {
                // A sum is known only while every epoch in it is: one unrecorded epoch makes the rest unknown.
                cumulative += row.EpochSeconds;
                cpu += row.EpochCpuSeconds;
                testing += row.Tested ? row.TestSeconds : 0;
                if (row.Tested)
                {
                    tested.Add(new EpochScores(
                        row.Epoch, row.Accuracy ?? double.NaN, row.BalancedAccuracy ?? double.NaN, row.AucMean ?? double.NaN,
                        row.ClassRecall ?? [], row.ClassAuc ?? [], cumulative, cpu, testing));
                }
            }

            if (tested.Any(s => s.Epoch == epoch))
            {
                byTraining[group.Key] = tested;
            }
        }

        var includedIds = byTraining.Keys.ToArray();
        var networkRows = await trainings
            .Where(t => includedIds.Contains(t.Id))
            .Select(t => new
            {
                TrainingId = t.Id, t.Network!.ZooNetworkId, t.Network.Name, t.Network.Group, t.Network.Form, t.Network.Activation,
                t.Network.Params, t.Network.MemoryElements, t.Network.Ops, t.Network.Layers, t.StoreSeconds,
            })
            .ToListAsync(cancellationToken);
        networkRows = networkRows.OrderBy(n => n.ZooNetworkId).ThenBy(n => n.TrainingId).ToList();

        var argmaxByTraining = await db.EpochPredictions.AsNoTracking()
            .Where(p => p.Epoch == epoch)
            .Join(trainings, p => p.TrainingId, t => t.Id, (p, t) => new { p.TrainingId, p.Argmax })
            .ToDictionaryAsync(p => p.TrainingId, p => p.Argmax, cancellationToken);

        var networks = new List<PopulationNetwork>(networkRows.Count);
        var answers = new List<byte[]>(networkRows.Count);
        var trainingIds = new List<int>(networkRows.Count);
        foreach (var n in networkRows)
        {
            if (!argmaxByTraining.TryGetValue(n.TrainingId, out var argmax))
            {
                continue;
            }

            if (argmax.Length != labels.Length)
            {
                throw new InvalidOperationException(
                    $"Network {n.Name} has answers for {argmax.Length} images, but the {request.DatasetKey} test set has {labels.Length}.");
            }

            networks.Add(new PopulationNetwork(
                n.ZooNetworkId, n.Name, n.Group, n.Form, n.Activation, n.Params, n.MemoryElements, n.Ops, n.Layers, byTraining[n.TrainingId])
            {
                StoreSeconds = n.StoreSeconds,
            });
            answers.Add(argmax);
            trainingIds.Add(n.TrainingId);
        }

        var loader = await ProbabilityLoaderAsync(request.Probabilities, trainingIds, epoch, trainings, db, cancellationToken);
        return new PopulationSnapshot(scope, settings.TestedEpochs.ToArray(), networks, labels, answers, loader);
    }

    /// <summary>
    /// The tested epochs of a dataset × run settings and those where the zoo's networks have results, without reading a
    /// blob: what a page offers in its epoch picker and what the command line checks <c>--epoch</c> against.
    /// </summary>
    public async Task<ScopeEpochs> EpochsAsync(
        string zooName, string datasetKey, string runSettingsName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (dataset, settingsEntity) = await FindScopeAsync(db, datasetKey, runSettingsName, cancellationToken);
        var settings = new RunSettings(settingsEntity.Name, settingsEntity.Epochs, settingsEntity.TestEvery, settingsEntity.LearningRate);
        // An unknown zoo has no results, like a known one never trained: the caller says what to train.
        var zooId = await db.Zoos.Where(z => z.Name == zooName).Select(z => (int?)z.Id).SingleOrDefaultAsync(cancellationToken);
        var trainings = db.Trainings.Where(t => t.DatasetId == dataset.Id && t.RunSettingsId == settingsEntity.Id && t.Network!.ZooId == zooId);
        var withResults = await db.EpochResults.AsNoTracking()
            .Where(e => e.Tested)
            .Join(trainings, e => e.TrainingId, t => t.Id, (e, t) => e.Epoch)
            .Distinct()
            .ToListAsync(cancellationToken);
        return new ScopeEpochs(datasetKey, runSettingsName, settings.TestedEpochs.ToArray(), withResults.Order().ToArray());
    }

    private static async Task<int> ZooIdAsync(ResultsDbContext db, string zooName, CancellationToken cancellationToken) =>
        await db.Zoos.Where(z => z.Name == zooName).Select(z => (int?)z.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ArgumentException(
                $"There is no zoo named '{zooName}'. Known: {string.Join(", ", await db.Zoos.Select(z => z.Name).OrderBy(n => n).ToListAsync(cancellationToken))}.",
                nameof(zooName));

    private static async Task<(Entities.DatasetEntity Dataset, Entities.RunSettingsEntity Settings)> FindScopeAsync(
        ResultsDbContext db, string datasetKey, string runSettingsName, CancellationToken cancellationToken)
    {
        var dataset = await db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Key == datasetKey, cancellationToken)
            ?? throw new ArgumentException(
                $"There is no dataset with key '{datasetKey}'. Known: {string.Join(", ", await db.Datasets.Select(d => d.Key).OrderBy(k => k).ToListAsync(cancellationToken))}.",
                nameof(datasetKey));
        var settings = await db.RunSettings.AsNoTracking().SingleOrDefaultAsync(r => r.Name == runSettingsName, cancellationToken)
            ?? throw new ArgumentException(
                $"There are no run settings named '{runSettingsName}'. Known: {string.Join(", ", await db.RunSettings.Select(r => r.Name).OrderBy(n => n).ToListAsync(cancellationToken))}.",
                nameof(runSettingsName));
        return (dataset, settings);
    }

    private async Task<Func<int, float[]>?> ProbabilityLoaderAsync(
        ProbabilityLoading loading, List<int> trainingIds, int epoch, IQueryable<Entities.TrainingEntity> trainings, ResultsDbContext db,
        CancellationToken cancellationToken)
    {
        switch (loading)
        {
            case ProbabilityLoading.None:
                return null;
            case ProbabilityLoading.OnDemand:
                // Analyses ask synchronously, from any thread: each call takes its own short-lived context.
                return index =>
                {
                    using var context = contextFactory.CreateDbContext();
                    var trainingId = trainingIds[index];
                    var packed = context.EpochPredictions.AsNoTracking()
                        .Where(p => p.TrainingId == trainingId && p.Epoch == epoch)
                        .Select(p => p.LogProbabilities)
                        .Single();
                    return ToProbabilities(packed);
                };
            default:
                // Stream the blobs and decode each as it arrives: holding 200 MB of packed blobs until the end only made
                // the garbage collector work harder.
                var position = new Dictionary<int, int>(trainingIds.Count);
                for (var i = 0; i < trainingIds.Count; i++)
                {
                    position[trainingIds[i]] = i;
                }

                var decoded = new float[trainingIds.Count][];
                var rows = db.EpochPredictions.AsNoTracking()
                    .Where(p => p.Epoch == epoch)
                    .Join(trainings, p => p.TrainingId, t => t.Id, (p, t) => new { p.TrainingId, p.LogProbabilities })
                    .AsAsyncEnumerable();
                await foreach (var row in rows.WithCancellation(cancellationToken))
                {
                    if (position.TryGetValue(row.TrainingId, out var index))
                    {
                        decoded[index] = ToProbabilities(row.LogProbabilities);
                    }
                }

                return index => decoded[index];
        }
    }

    /// <summary>
    /// Stored float16 log-probabilities to probabilities. A float16 has only 65,536 bit patterns, so exp of every one is
    /// tabulated once and decoding is a lookup: calling exp a hundred million times for a full zoo took seconds.
    /// </summary>
    public static float[] ToProbabilities(ReadOnlySpan<byte> packedLogProbabilities)
    {
        if (packedLogProbabilities.Length % (PredictionCodec.ClassCount * PredictionCodec.BytesPerValue) != 0)
        {
            throw new ArgumentException(
                $"Packed log-probabilities must hold {PredictionCodec.ClassCount * PredictionCodec.BytesPerValue} bytes per image; " +
                $"got {packedLogProbabilities.Length} bytes.", nameof(packedLogProbabilities));
        }

        var table = ExpOfHalf.Value;
        var values = new float[packedLogProbabilities.Length / PredictionCodec.BytesPerValue];
        if (BitConverter.IsLittleEndian)
        {
            var bits = MemoryMarshal.Cast<byte, ushort>(packedLogProbabilities);
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = table[bits[i]];
            }
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = table[BinaryPrimitives.ReadUInt16LittleEndian(packedLogProbabilities[(i * PredictionCodec.BytesPerValue)..])];
            }
        }

        return values;
    }

    private static readonly Lazy<float[]> ExpOfHalf = new(() =>
    {
        var table = new float[ushort.MaxValue + 1];
        for (var bits = 0; bits <= ushort.MaxValue; bits++)
        {
            table[bits] = MathF.Exp((float)BitConverter.UInt16BitsToHalf((ushort)bits));
        }

        return table;
    });
}
