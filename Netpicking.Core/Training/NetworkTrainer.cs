using System.Diagnostics;
using Netpicking.Core.Common;
using Netpicking.Core.Storage;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// Trains one network exactly as docs/product.md#training says: NLL on LogSoftmax, Adam with AMSGrad, seeded shuffles,
/// a test on all 10,000 test images on tested epochs. Deterministic on CPU for a given seed.
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
        using var model = BuildSeeded(request);
        using var optimizer = TrainStep.CreateOptimizer(model, settings.LearningRate);
        var checkpoints = request.CheckpointFolder is null ? null : new CheckpointFolder(request.CheckpointFolder);

        // Continue after the newest checkpoint the store has caught up with; without one, replay from the
        // start (training is deterministic) and write only what is missing.
        var startEpoch = 1 + (checkpoints?.LoadLatest(firstMissing - 1, model, optimizer) ?? 0);

        for (var epoch = startEpoch; epoch <= settings.Epochs; epoch++)
        {
            var (loss, seconds) = TrainEpoch(model, optimizer, request, epoch, progress, cancellationToken);
            var outcome = settings.IsTestedEpoch(epoch)
                ? Evaluate(model, request.Data, epoch, loss, seconds)
                : new EpochOutcome(epoch, loss, seconds, null, null, null);
            if (!request.StoredEpochs.Contains(epoch))
            {
                await sink.SaveEpochAsync(outcome, cancellationToken);
            }

            // After the store, so a checkpoint never runs ahead of what is stored.
            checkpoints?.Save(epoch, model, optimizer);
        }

        // Before the checkpoints go: a crash between the two replays the last epoch and writes the weights again.
        if (request.FinalWeightsPath is { } weightsPath)
        {
            KeptWeights.Save(model, weightsPath);
        }

        checkpoints?.Delete();
    }

    private nn.Module<Tensor, Tensor> BuildSeeded(TrainingRequest request) =>
        TrainStep.BuildSeeded(request.Network, request.Settings.Seed, Device);

    private (double Loss, double Seconds) TrainEpoch(
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

        return (meanLoss, watch.Elapsed.TotalSeconds);
    }

    private EpochOutcome Evaluate(nn.Module<Tensor, Tensor> model, TrainingData data, int epoch, double loss, double seconds)
    {
        var count = (int)data.TestImages.shape[0];
        var logProbs = new float[count * EvaluationMetrics.Classes];
        model.eval();
        using (no_grad())
        {
            for (var start = 0; start < count; start += options.EvaluationBatch)
            {
                using var scope = NewDisposeScope();
                var size = Math.Min(options.EvaluationBatch, count - start);
                var output = model.forward(data.TestImages.narrow(0, start, size).to(Device)).cpu().contiguous();
                output.data<float>().CopyTo(logProbs.AsSpan(start * EvaluationMetrics.Classes, size * EvaluationMetrics.Classes));
            }
        }

        var argmax = PredictionCodec.ComputeArgmax(logProbs);
        var evaluation = EvaluationMetrics.Compute(logProbs, data.TestLabels, argmax);
        return new EpochOutcome(epoch, loss, seconds, evaluation, logProbs, argmax);
    }
}
