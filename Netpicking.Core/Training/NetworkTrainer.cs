using System.Diagnostics;
using Netpicking.Core.Common;
using Netpicking.Core.Compute;
using Netpicking.Core.Storage;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// Trains one network exactly as docs/product.md says: NLL on LogSoftmax, Adam with AMSGrad, seeded shuffles, a test on
/// all 10,000 test images on tested epochs. Deterministic on CPU for a given seed and compute path.
/// </summary>
public sealed class NetworkTrainer(TrainerOptions options)
{
    public Device Device { get; } = TorchRuntime.PickDevice();

    public async Task TrainAsync(
        TrainingRequest request, IEpochSink sink, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var settings = request.Settings;
        if (settings.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }

        var firstMissing = Enumerable.Range(1, settings.Epochs).FirstOrDefault(e => !request.StoredEpochs.Contains(e));
        if (firstMissing == 0)
        {
            return;
        }

        torch.set_num_threads(options.Threads);
        using var model = TrainStep.BuildSeeded(request.Network, settings.Seed, Device, options.Convolutions, settings.TrainBatchSize);
        using var optimizer = TrainStep.CreateOptimizer(model, settings.LearningRate);
        var checkpoints = request.CheckpointFolder is null ? null : new CheckpointFolder(request.CheckpointFolder);

        // Continue after the newest checkpoint the store has caught up with; without one, replay from the
        // start (training is deterministic) and write only what is missing.
        var startEpoch = 1 + (checkpoints?.LoadLatest(firstMissing - 1, model, optimizer) ?? 0);

        // An epoch is stored while the next one trains: encoding and writing 10,000 predictions stay off the training
        // path. A checkpoint may run one epoch ahead of the store; older ones are removed only once the store has
        // caught up, so a killed process still loses at most the epoch in flight.
        Task storing = Task.CompletedTask;
        try
        {
            for (var epoch = startEpoch; epoch <= settings.Epochs; epoch++)
            {
                var (loss, seconds, cpuSeconds) = TrainEpoch(model, optimizer, request, epoch, progress, cancellationToken);
                var outcome = settings.IsTestedEpoch(epoch)
                    ? Evaluate(model, request, epoch, loss, seconds, cpuSeconds)
                    : new EpochOutcome(epoch, loss, seconds, null, null, null, cpuSeconds);
                await storing;
                checkpoints?.Save(epoch, model, optimizer);
                storing = request.StoredEpochs.Contains(epoch)
                    ? Task.CompletedTask
                    : Task.Run(() => StoreAsync(sink, outcome, checkpoints), CancellationToken.None);
            }
        }
        catch (Exception) when (!storing.IsCompleted)
        {
            // Cancelled or failed while the previous epoch was being stored: let that write finish first, so the
            // caller's verdict (cancelled, failed) is written after it and nothing is left running.
            await storing.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }

        await storing;

        // Before the checkpoints go: a crash between the two replays the last epoch and writes the weights again.
        if (request.FinalWeightsPath is { } weightsPath)
        {
            KeptWeights.Save(model, weightsPath);
        }

        checkpoints?.Delete();
    }

    private static async Task StoreAsync(IEpochSink sink, EpochOutcome outcome, CheckpointFolder? checkpoints)
    {
        // The epoch is written whatever the job's token says: losing a finished epoch to a cancel helps nobody.
        await sink.SaveEpochAsync(outcome, CancellationToken.None);
        checkpoints?.RemoveBefore(outcome.Epoch);
    }

    private (double Loss, double Seconds, double? CpuSeconds) TrainEpoch(
        nn.Module<Tensor, Tensor> model,
        OptimizerHelper optimizer,
        TrainingRequest request,
        int epoch,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var settings = request.Settings;
        var order = (long[])request.TrainIndices.Clone();
        SplitMix64.Of(settings.Seed, epoch).Shuffle(order.AsSpan());
        var batches = (order.Length + settings.TrainBatchSize - 1) / settings.TrainBatchSize;

        model.train();
        using var orderTensor = torch.tensor(order);
        var watch = Stopwatch.StartNew();
        var cpuStart = ThreadCpuTime.Now();
        double lossSum = 0;
        for (var b = 0; b < batches; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = b * settings.TrainBatchSize;
            var size = Math.Min(settings.TrainBatchSize, order.Length - start);
            lossSum += TrainStep.Run(model, optimizer, request.Data, orderTensor, start, size, Device);

            if (progress is not null && ((b + 1) % options.ProgressEveryBatches == 0 || b + 1 == batches))
            {
                progress.Report(new TrainingProgress(epoch, settings.Epochs, b + 1, batches, lossSum / (b + 1)));
            }
        }

        var meanLoss = lossSum / batches;
        if (!double.IsFinite(meanLoss))
        {
            throw new TrainingDivergedException($"The loss became {meanLoss} in epoch {epoch}; the network's weights are no longer usable.");
        }

        // One torch thread runs every operation on this thread, so its CPU time is the epoch's; with more, it is not.
        var cpuSeconds = options.Threads == 1 && Device.type == DeviceType.CPU && ThreadCpuTime.Now() is { } cpuEnd && cpuStart is { } begun
            ? (cpuEnd - begun).TotalSeconds
            : (double?)null;
        return (meanLoss, watch.Elapsed.TotalSeconds, cpuSeconds);
    }

    private EpochOutcome Evaluate(nn.Module<Tensor, Tensor> model, TrainingRequest request, int epoch, double loss, double seconds, double? cpuSeconds)
    {
        var data = request.Data;
        var count = (int)data.TestImages.shape[0];
        var logProbs = new float[count * EvaluationMetrics.Classes];
        model.eval();
        var batch = options.EvaluationBatches?.BatchFor(request.Network, candidate => TimeForward(model, data, candidate)) ?? options.EvaluationBatch;
        var watch = Stopwatch.StartNew();

        // Inference mode: no autograd bookkeeping at all, and tensors libtorch may reuse without version checks.
        using (torch.inference_mode())
        {
            for (var start = 0; start < count; start += batch)
            {
                using var scope = NewDisposeScope();
                var size = Math.Min(batch, count - start);
                var output = model.forward(data.TestImages.narrow(0, start, size).to(Device)).cpu().contiguous();
                output.data<float>().CopyTo(logProbs.AsSpan(start * EvaluationMetrics.Classes, size * EvaluationMetrics.Classes));
            }
        }

        var argmax = PredictionCodec.ComputeArgmax(logProbs);
        var evaluation = EvaluationMetrics.Compute(logProbs, data.TestLabels, argmax);
        return new EpochOutcome(epoch, loss, seconds, evaluation, logProbs, argmax, cpuSeconds, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Seconds to forward the first test images with <paramref name="batch"/> images a call.</summary>
    private double TimeForward(nn.Module<Tensor, Tensor> model, TrainingData data, int batch)
    {
        var images = Math.Min(TunedEvaluationBatches.MeasuredImages, (int)data.TestImages.shape[0]);
        var watch = Stopwatch.StartNew();
        using (torch.inference_mode())
        {
            for (var start = 0; start < images; start += batch)
            {
                using var scope = NewDisposeScope();
                model.forward(data.TestImages.narrow(0, start, Math.Min(batch, images - start)).to(Device));
            }
        }

        return watch.Elapsed.TotalSeconds;
    }
}
