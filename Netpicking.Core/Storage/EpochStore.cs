using Microsoft.EntityFrameworkCore;
using Netpicking.Core.Storage.Entities;
using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>
/// Epoch results and their predictions: saving them (one epoch per transaction for jobs, many at once for bulk writers)
/// and reading them back. Saving an epoch already stored changes nothing, because a job may run twice.
/// </summary>
public sealed class EpochStore(IDbContextFactory<ResultsDbContext> contextFactory, TimeProvider timeProvider)
{
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
                throw StoreErrors.UnknownTraining(record.TrainingId);
            }

            if (await EpochExistsAsync(db, record.TrainingId, record.Epoch, cancellationToken))
            {
                return false;
            }

            Add(db, record);

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
            throw StoreErrors.UnknownTraining(unknown[0]);
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

            Add(db, record);

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

    /// <summary>The zoo × dataset × run settings scopes that hold tested epochs, each with how many trainings have them.</summary>
    public async Task<IReadOnlyList<TestedScope>> ListTestedScopesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.EpochResults.AsNoTracking()
            .Where(e => e.Tested)
            .Join(db.Trainings, e => e.TrainingId, t => t.Id, (e, t) => new { t.Id, Zoo = t.Network!.Zoo!.Name, Dataset = t.Dataset!.Key, Run = t.RunSettings!.Name })
            .Distinct()
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.Zoo, r.Dataset, r.Run))
            .Select(g => new TestedScope(g.Key.Zoo, g.Key.Dataset, g.Key.Run, g.Select(r => r.Id).Distinct().Count()))
            .ToList();
    }

    /// <summary>
    /// How many tested epochs the store holds: it only grows while results are added, so it serves readers as a cheap
    /// version of everything a snapshot is built from.
    /// </summary>
    public async Task<int> CountTestedEpochsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.EpochResults.CountAsync(e => e.Tested, cancellationToken);
    }

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

    private static Task<bool> EpochExistsAsync(ResultsDbContext db, int trainingId, int epoch, CancellationToken cancellationToken) =>
        db.EpochResults.AnyAsync(e => e.TrainingId == trainingId && e.Epoch == epoch, cancellationToken);

    private async Task<bool> EpochStoredAsync(int trainingId, int epoch, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await EpochExistsAsync(db, trainingId, epoch, cancellationToken);
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

    // SQLite stores NaN as NULL, so a diverged network's NaN loss travels as NULL and comes back as NaN.
    /// <summary>The epoch's results and, when it was tested, its predictions: what one stored epoch is.</summary>
    private static void Add(ResultsDbContext db, EpochRecord record)
    {
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
    }

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
}
