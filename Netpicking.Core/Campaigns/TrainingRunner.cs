using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Netpicking.Core.Compute;
using Netpicking.Core.Configuration;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Campaigns;

/// <summary>
/// Runs one stored training: the body of a training job. Safe to run twice (a job may be fetched again):
/// it skips what is stored, takes a lease on the training, and writes each epoch in one transaction.
/// </summary>
public sealed class TrainingRunner(
    ResultsStore store,
    TrainingDataCache data,
    TrainingCancellations cancellations,
    KeptWeights keptWeights,
    ComputeSetup compute,
    IOptions<NetpickingOptions> options,
    ILogger<TrainingRunner> logger)
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(2);

    public async Task RunAsync(int trainingId, string workerName, CancellationToken jobToken)
    {
        var job = await store.GetTrainingJobAsync(trainingId, jobToken)
            ?? throw new InvalidOperationException($"There is no training with id {trainingId}.");
        if (job.Status is TrainingStatus.Done or TrainingStatus.Cancelled)
        {
            return;
        }

        var convolutions = await compute.ConvolutionsAsync(jobToken);
        var trainer = new NetworkTrainer(new TrainerOptions(
            options.Value.TorchThreads, Convolutions: convolutions, EvaluationBatches: await compute.EvaluationBatchesAsync(jobToken)));
        NetworkSpec spec;
        IReadOnlyList<ConvolutionMethod> methods;
        try
        {
            spec = ZooJsonl.ReadLine(job.SpecLine);

            // Measures each convolution shape this machine has not timed yet, before the training's clock starts.
            methods = NetworkModuleBuilder.Plan(spec, convolutions, job.RunSettings.TrainBatchSize);
        }
        catch (Exception ex) when (ex is ZooFormatException or ZooSpecException)
        {
            await store.MarkFailedAsync(trainingId, $"The network's spec cannot be built: {ex.Message}", CancellationToken.None);
            throw;
        }

        var environment = new RunEnvironment(trainer.Device.ToString(), options.Value.TorchThreads, LibraryVersion, workerName,
            TorchRuntime.Current.Tag + (methods.Count == 0 ? "" : $"; convolutions: {string.Join(" ", methods).ToLowerInvariant()}"));
        if (!await store.MarkRunningAsync(trainingId, environment, jobToken))
        {
            logger.LogInformation("Training {TrainingId} is done, cancelled or running elsewhere; nothing to do", trainingId);
            return;
        }

        var source = cancellations.Register(trainingId, jobToken);
        var progress = new LatestProgress();
        using var heartbeat = new CancellationTokenSource();
        var beating = BeatAsync(trainingId, progress, source, heartbeat.Token);
        try
        {
            var dataset = await data.GetAsync(job.DatasetKey, source.Token);
            var stored = (await store.GetStoredEpochsAsync(trainingId, source.Token)).Select(e => e.Epoch).ToHashSet();
            var request = new TrainingRequest(spec, job.RunSettings, dataset, TrainingDataCache.TrainIndices(dataset.Source, job.RunSettings),
                stored, CheckpointFolder(trainingId), keptWeights.TargetFor(new WeightsKey(job.ZooName, job.DatasetKey, job.RunSettings.Name, job.NetworkId)));
            var sink = new StoreSink(store, trainingId);
            await Task.Run(() => trainer.TrainAsync(request, sink, progress, source.Token), source.Token);
            await store.MarkDoneAsync(trainingId, CancellationToken.None, sink.Seconds);
        }
        catch (OperationCanceledException) when (!jobToken.IsCancellationRequested)
        {
            // Cancelled by the user (the campaign), not by a shutting-down server.
            await store.MarkCancelledAsync(trainingId, CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            // The server is shutting down: what is stored stays, and the training is free for the next worker at once.
            await ReleaseQuietlyAsync(trainingId, workerName);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Training {TrainingId} ({Network}) failed", trainingId, job.NetworkName);
            await store.MarkFailedAsync(trainingId, Describe(ex), CancellationToken.None);
            throw;
        }
        finally
        {
            await heartbeat.CancelAsync();
            await beating;
            cancellations.Unregister(trainingId, source);
            source.Dispose();
        }
    }

    private static string LibraryVersion { get; } =
        $"TorchSharp {typeof(TorchSharp.torch).Assembly.GetName().Version}, libtorch {TorchSharp.torch.__version__}";

    private string CheckpointFolder(int trainingId) =>
        Path.Combine(options.Value.FullDataFolder, "checkpoints", $"training-{trainingId}");

    private async Task ReleaseQuietlyAsync(int trainingId, string workerName)
    {
        try
        {
            await store.ReleaseAsync(trainingId, workerName, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The lease then runs out by itself (ResultsStore.LeaseTimeout).
            logger.LogWarning(ex, "Could not release training {TrainingId} at shutdown", trainingId);
        }
    }

    /// <summary>The reason a user reads on the Training page: what went wrong, not the wrapper it came in.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        OutOfMemoryException => "Out of memory while training this network.",
        _ when ex.Message.Contains("out of memory", StringComparison.OrdinalIgnoreCase) => $"Out of memory: {ex.Message}",
        Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException =>
            $"Could not store the results: {StorageFailure(ex)}",
        _ => ex.Message,
    };

    private static string StorageFailure(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null && inner is Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            inner = inner.InnerException;
        }

        var full = inner is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 } // SQLITE_FULL
            || inner is Npgsql.PostgresException { SqlState: "53100" }; // disk_full
        return full ? $"the disk holding the results database is full ({inner.Message.TrimEnd('.')})." : inner.Message;
    }

    /// <summary>Writes progress every couple of seconds and stops the training when it was cancelled elsewhere.</summary>
    private async Task BeatAsync(int trainingId, LatestProgress progress, CancellationTokenSource training, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var status = await store.HeartbeatAsync(trainingId, progress.Latest, stop);
                if (status == TrainingStatus.Cancelled)
                {
                    await training.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            // A missed heartbeat only delays the progress shown; the training itself goes on.
            logger.LogWarning(ex, "Heartbeat of training {TrainingId} failed", trainingId);
        }
    }

    private sealed class LatestProgress : IProgress<TrainingProgress>
    {
        private volatile TrainingProgress? latest;

        public TrainingProgress? Latest => latest;

        public void Report(TrainingProgress value) => latest = value;
    }

    private sealed class StoreSink(ResultsStore store, int trainingId) : IEpochSink
    {
        /// <summary>Seconds spent encoding and writing epochs so far.</summary>
        public double Seconds { get; private set; }

        public async Task SaveEpochAsync(EpochOutcome outcome, CancellationToken cancellationToken)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var evaluation = outcome.Evaluation;
            var record = evaluation is null
                ? new EpochRecord(trainingId, outcome.Epoch, outcome.TrainLoss, outcome.Seconds, EpochCpuSeconds: outcome.CpuSeconds)
                : new EpochRecord(trainingId, outcome.Epoch, outcome.TrainLoss, outcome.Seconds,
                    new TestScores(evaluation.TestLoss, evaluation.Accuracy, evaluation.BalancedAccuracy, evaluation.Auc,
                        evaluation.Recall.Select(r => (float)r).ToArray(), evaluation.ClassAuc.Select(a => (float)a).ToArray(),
                        evaluation.Confusion.ToArray()),
                    new EncodedPredictions(PredictionCodec.PackLogProbabilities(outcome.LogProbabilities), outcome.Predictions!),
                    outcome.CpuSeconds,
                    outcome.TestSeconds);
            await store.SaveEpochAsync(record, cancellationToken);
            Seconds += System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
    }
}
