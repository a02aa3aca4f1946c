using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Netpicking.Core.Common;
using Netpicking.Core.Compute;
using Netpicking.Core.Storage;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// Trains networks exactly as docs/product.md#training says: NLL on LogSoftmax, Adam with AMSGrad, seeded shuffles, a test on all
/// 10,000 test images on tested epochs. Several networks of one campaign train in lockstep: one shuffle, one gathered
/// batch on the device, then each network's step, so each gets exactly the numbers it gets alone (same seed, same
/// compute path, same numbers) while the device is fed from one loop (docs/decisions/0014).
/// </summary>
public sealed class NetworkTrainer(TrainerOptions options)
{
    public Device Device { get; } = TorchRuntime.PickDevice();

    /// <summary>Trains one network; its failure (diverged, cancelled, a store that failed) is thrown.</summary>
    public async Task TrainAsync(
        TrainingRequest request, IEpochSink sink, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var failures = await TrainAsync([new NetworkJob(request, sink, progress, cancellationToken)], cancellationToken);
        if (failures[0] is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>
    /// Trains the networks in lockstep; they must share run settings, data and training images. Returns, per network,
    /// why it stopped early (null when it finished): one network failing or being cancelled does not stop the others;
    /// <paramref name="cancellationToken"/> (the process stopping) stops them all.
    /// </summary>
    public async Task<IReadOnlyList<Exception?>> TrainAsync(IReadOnlyList<NetworkJob> jobs, CancellationToken cancellationToken)
    {
        var settings = jobs[0].Request.Settings;
        var data = jobs[0].Request.Data;
        if (settings.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }

        if (jobs.Any(j => j.Request.Settings != settings || j.Request.Data != data || !j.Request.TrainIndices.SequenceEqual(jobs[0].Request.TrainIndices)))
        {
            throw new ArgumentException("Networks train in lockstep only with the same run settings, data and training images.", nameof(jobs));
        }

        torch.set_num_threads(options.Threads);
        var runs = new List<NetworkRun?>(jobs.Count);
        try
        {
            foreach (var job in jobs)
            {
                runs.Add(NetworkRun.Start(job, options, Device));
            }

            var active = runs.OfType<NetworkRun>().ToList();
            var firstEpoch = active.Count == 0 ? settings.Epochs + 1 : active.Min(r => r.FirstEpoch);
            for (var epoch = firstEpoch; epoch <= settings.Epochs; epoch++)
            {
                await TrainEpochAsync(active, jobs[0].Request, epoch, cancellationToken);
            }

            foreach (var run in active)
            {
                await run.FinishAsync();
            }

            return runs.Select(r => r?.Failure).ToList();
        }
        catch (Exception) when (runs.OfType<NetworkRun>().Any())
        {
            // Stopped as a whole (the process is shutting down): stores in flight finish before the caller goes on.
            foreach (var run in runs.OfType<NetworkRun>())
            {
                await run.FinishAsync().ContinueWith(_ => { }, TaskScheduler.Default);
            }

            throw;
        }
        finally
        {
            runs.ForEach(r => r?.Dispose());
        }
    }

    private async Task TrainEpochAsync(IReadOnlyList<NetworkRun> all, TrainingRequest shared, int epoch, CancellationToken cancellationToken)
    {
        var settings = shared.Settings;
        var runs = all.Where(r => r.Training(epoch)).ToList();
        if (runs.Count == 0)
        {
            return;
        }

        var order = (long[])shared.TrainIndices.Clone();
        SplitMix64.Of(settings.Seed, epoch).Shuffle(order.AsSpan());
        var batches = (order.Length + settings.TrainBatchSize - 1) / settings.TrainBatchSize;
        runs.ForEach(r => r.BeginEpoch());
        using var orderTensor = torch.tensor(order);
        for (var b = 0; b < batches && runs.Any(r => r.Training(epoch)); b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            var gathering = Stopwatch.GetTimestamp();
            var start = b * settings.TrainBatchSize;
            var (images, labels) = TrainStep.Gather(shared.Data, orderTensor, start, Math.Min(settings.TrainBatchSize, order.Length - start), Device);
            var share = Stopwatch.GetElapsedTime(gathering).TotalSeconds / runs.Count;
            foreach (var run in runs)
            {
                run.Step(images, labels, epoch, b, batches, share);
            }
        }

        foreach (var run in runs)
        {
            await run.EndEpochAsync(epoch, Evaluate);
        }
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
