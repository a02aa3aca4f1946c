using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Runtime.ExceptionServices;
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

    /// <summary>
    /// Trains the job's network and, where this machine trains networks in lockstep (<c>Netpicking:LockstepNetworks</c>,
    /// docs/decisions/0014), up to that many other waiting networks of its campaign with it; their own jobs then find
    /// them running and do nothing. Each network's result, failure or cancellation is recorded on its own.
    /// </summary>
    public async Task RunAsync(int trainingId, string workerName, CancellationToken jobToken)
    {
        var convolutions = await compute.ConvolutionsAsync(jobToken);
        var trainer = new NetworkTrainer(new TrainerOptions(
            options.Value.TorchThreads, Convolutions: convolutions, EvaluationBatches: await compute.EvaluationBatchesAsync(jobToken)));
        if (await StartAsync(trainingId, trainer, convolutions, workerName, jobToken) is not { } first)
        {
            return;
        }

        var group = new List<RunningTraining> { first };
        try
        {
            var size = options.Value.EffectiveLockstepNetworks(trainer.Device.type == TorchSharp.DeviceType.CUDA);
            if (size > 1 && first.Request.StoredEpochs.Count == 0)
            {
                foreach (var companion in await store.Trainings.GetLockstepCompanionsAsync(trainingId, size - 1, jobToken))
                {
                    if (await StartAsync(companion, trainer, convolutions, workerName, jobToken) is { } started)
                    {
                        group.Add(started);
                    }
                }
            }

            var failures = await Task.Run(() => trainer.TrainAsync(group.Select(t => t.Job).ToList(), jobToken), jobToken);
            var own = failures[0];
            for (var i = 0; i < group.Count; i++)
            {
                await FinishAsync(group[i], failures[i], jobToken);
            }

            if (own is not null and not OperationCanceledException)
            {
                ExceptionDispatchInfo.Throw(own);
            }
        }
        catch (OperationCanceledException) when (jobToken.IsCancellationRequested)
        {
            // The server is shutting down: what is stored stays, and the trainings are free for the next worker at once.
            foreach (var training in group)
            {
                await ReleaseQuietlyAsync(training.Id, workerName);
            }

            throw;
        }
        finally
        {
            foreach (var training in group)
            {
                await training.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Takes the lease on a training and prepares it: its request, store, progress, heartbeat and cancellation. Null when
    /// it is done, cancelled or running elsewhere. A spec that cannot be built, or data that cannot be loaded, fails it.
    /// </summary>
    private async Task<RunningTraining?> StartAsync(
        int trainingId, NetworkTrainer trainer, IConvolutionPlanner convolutions, string workerName, CancellationToken jobToken)
    {
        var job = await store.Trainings.GetTrainingJobAsync(trainingId, jobToken)
            ?? throw new InvalidOperationException($"There is no training with id {trainingId}.");
        if (job.Status is TrainingStatus.Done or TrainingStatus.Cancelled)
        {
            return null;
        }

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
            await store.Trainings.MarkFailedAsync(trainingId, $"The network's spec cannot be built: {ex.Message}", CancellationToken.None);
            throw;
        }

        var environment = new RunEnvironment(trainer.Device.ToString(), options.Value.TorchThreads, LibraryVersion, workerName,
            TorchRuntime.Current.Tag + (methods.Count == 0 ? "" : $"; convolutions: {string.Join(" ", methods).ToLowerInvariant()}"));
        if (!await store.Trainings.MarkRunningAsync(trainingId, environment, jobToken))
        {
            logger.LogInformation("Training {TrainingId} is done, cancelled or running elsewhere; nothing to do", trainingId);
            return null;
        }

        var source = cancellations.Register(trainingId, jobToken);
        var progress = new LatestProgress();
        var heartbeat = new CancellationTokenSource();
        var training = new RunningTraining(job, source, heartbeat, BeatAsync(trainingId, progress, source, heartbeat.Token), () => cancellations.Unregister(trainingId, source));
        try
        {
            var dataset = await data.GetAsync(job.DatasetKey, source.Token);
            var stored = (await store.Epochs.GetStoredEpochsAsync(trainingId, source.Token)).Select(e => e.Epoch).ToHashSet();
            var request = new TrainingRequest(spec, job.RunSettings, dataset, TrainingDataCache.TrainIndices(dataset.Source, job.RunSettings),
                stored, CheckpointFolder(trainingId), keptWeights.TargetFor(new WeightsKey(job.ZooName, job.DatasetKey, job.RunSettings.Name, job.NetworkId)));
            training.Begin(new NetworkJob(request, new StoreSink(store, trainingId), progress, source.Token));
            return training;
        }
        catch (Exception ex)
        {
            await FinishAsync(training, ex, jobToken);
            await training.DisposeAsync();
            if (ex is OperationCanceledException && jobToken.IsCancellationRequested)
            {
                await ReleaseQuietlyAsync(trainingId, workerName);
            }

            throw;
        }
    }

    /// <summary>Records how a training ended: done, cancelled by its campaign, or failed with a reason a user can read.</summary>
    private async Task FinishAsync(RunningTraining training, Exception? failure, CancellationToken jobToken)
    {
        switch (failure)
        {
            case null:
                await store.Trainings.MarkDoneAsync(training.Id, CancellationToken.None, training.StoreSeconds);
                break;
            case OperationCanceledException when !jobToken.IsCancellationRequested:
                // Cancelled by the user (the campaign), not by a shutting-down server.
                await store.Trainings.MarkCancelledAsync(training.Id, CancellationToken.None);
                break;
            case OperationCanceledException:
                // Released by the caller: the training is free for the next worker.
                break;
            default:
                logger.LogError(failure, "Training {TrainingId} ({Network}) failed", training.Id, training.NetworkName);
                await store.Trainings.MarkFailedAsync(training.Id, Describe(failure), CancellationToken.None);
                break;
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
            await store.Trainings.ReleaseAsync(trainingId, workerName, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The lease then runs out by itself (TrainingLease.Timeout).
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
                var status = await store.Trainings.HeartbeatAsync(trainingId, progress.Latest, stop);
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
}
