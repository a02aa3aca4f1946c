using System.Diagnostics;
using Netpicking.Core.Compute;
using Netpicking.Core.Storage;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// One network inside <see cref="NetworkTrainer"/>: its module and optimiser, checkpoints, the bookkeeping of the epoch
/// in progress and the store of its last finished epoch, which runs while the next one trains.
/// </summary>
internal sealed class NetworkRun : IDisposable
{
    private readonly NetworkJob job;
    private readonly TrainerOptions options;
    private readonly Device device;
    private readonly nn.Module<Tensor, Tensor> model;
    private readonly OptimizerHelper optimizer;
    private readonly CheckpointFolder? checkpoints;
    private Task storing = Task.CompletedTask;
    private double lossSum;
    private double seconds;
    private double? cpuSeconds;
    private int steps;

    private NetworkRun(NetworkJob job, TrainerOptions options, Device device, int firstMissing)
    {
        this.job = job;
        this.options = options;
        this.device = device;
        var settings = job.Request.Settings;
        model = TrainStep.BuildSeeded(job.Request.Network, settings.Seed, device, options.Convolutions, settings.TrainBatchSize);
        optimizer = TrainStep.CreateOptimizer(model, settings.LearningRate);
        checkpoints = job.Request.CheckpointFolder is null ? null : new CheckpointFolder(job.Request.CheckpointFolder);

        // Continue after the newest checkpoint the store has caught up with; without one, replay from the start
        // (training is deterministic) and write only what is missing.
        FirstEpoch = 1 + (checkpoints?.LoadLatest(firstMissing - 1, model, optimizer) ?? 0);
    }

    public int FirstEpoch { get; }

    /// <summary>Why this network stopped early (failed, diverged, cancelled), or null while it trains or after it finished.</summary>
    public Exception? Failure { get; private set; }

    public bool Training(int epoch) => Failure is null && epoch >= FirstEpoch;

    /// <summary>Starts the network, or returns null when all its epochs are stored already.</summary>
    public static NetworkRun? Start(NetworkJob job, TrainerOptions options, Device device)
    {
        var settings = job.Request.Settings;
        var firstMissing = Enumerable.Range(1, settings.Epochs).FirstOrDefault(e => !job.Request.StoredEpochs.Contains(e));
        return firstMissing == 0 ? null : new NetworkRun(job, options, device, firstMissing);
    }

    public void BeginEpoch()
    {
        model.train();
        (lossSum, seconds, cpuSeconds, steps) = (0, 0, 0, 0);
    }

    /// <summary>One optimiser step on a gathered batch; <paramref name="sharedSeconds"/> is this network's share of gathering it.</summary>
    public void Step(Tensor images, Tensor labels, int epoch, int batch, int batches, double sharedSeconds)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            job.Cancellation.ThrowIfCancellationRequested();
            var wall = Stopwatch.GetTimestamp();
            var cpu = ThreadCpuTime.Now();
            lossSum += TrainStep.Run(model, optimizer, images, labels);
            seconds += Stopwatch.GetElapsedTime(wall).TotalSeconds + sharedSeconds;

            // One torch thread runs every operation on this thread, so its CPU time is the step's; with more, it is not.
            cpuSeconds = options.Threads == 1 && device.type == DeviceType.CPU && cpu is { } before && ThreadCpuTime.Now() is { } after
                ? cpuSeconds + (after - before).TotalSeconds
                : null;
            steps++;
            if (job.Progress is not null && ((batch + 1) % options.ProgressEveryBatches == 0 || batch + 1 == batches))
            {
                job.Progress.Report(new TrainingProgress(epoch, job.Request.Settings.Epochs, batch + 1, batches, lossSum / steps));
            }
        }
        catch (Exception ex)
        {
            Failure = ex;
        }
    }

    /// <summary>Checks the epoch's loss, tests it when due, checkpoints it and starts storing it.</summary>
    public async Task EndEpochAsync(int epoch, Func<nn.Module<Tensor, Tensor>, TrainingRequest, int, double, double, double?, EpochOutcome> evaluate)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            var meanLoss = lossSum / Math.Max(steps, 1);
            if (!double.IsFinite(meanLoss))
            {
                throw new TrainingDivergedException($"The loss became {meanLoss} in epoch {epoch}; the network's weights are no longer usable.");
            }

            var request = job.Request;
            var outcome = request.Settings.IsTestedEpoch(epoch)
                ? evaluate(model, request, epoch, meanLoss, seconds, cpuSeconds)
                : new EpochOutcome(epoch, meanLoss, seconds, null, null, null, cpuSeconds);

            // An epoch is stored while the next one trains. A checkpoint may run one epoch ahead of the store; older ones
            // are removed only once the store has caught up, so a killed process still loses at most the epoch in flight.
            await storing;
            checkpoints?.Save(epoch, model, optimizer);
            storing = request.StoredEpochs.Contains(epoch)
                ? Task.CompletedTask
                : Task.Run(() => StoreAsync(outcome), CancellationToken.None);
        }
        catch (Exception ex)
        {
            Failure = ex;
        }
    }

    /// <summary>Waits for the last store, keeps the final weights and removes the checkpoints; or, after a failure, only waits.</summary>
    public async Task FinishAsync()
    {
        if (Failure is not null)
        {
            // Let a store in flight finish first, so the verdict written after this never precedes it.
            await storing.ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        try
        {
            await storing;

            // Before the checkpoints go: a crash between the two replays the last epoch and writes the weights again.
            if (job.Request.FinalWeightsPath is { } weightsPath)
            {
                KeptWeights.Save(model, weightsPath);
            }

            checkpoints?.Delete();
        }
        catch (Exception ex)
        {
            Failure = ex;
        }
    }

    private async Task StoreAsync(EpochOutcome outcome)
    {
        // The epoch is written whatever the job's token says: losing a finished epoch to a cancel helps nobody.
        await job.Sink.SaveEpochAsync(outcome, CancellationToken.None);
        checkpoints?.RemoveBefore(outcome.Epoch);
    }

    public void Dispose()
    {
        optimizer.Dispose();
        model.Dispose();
    }
}
