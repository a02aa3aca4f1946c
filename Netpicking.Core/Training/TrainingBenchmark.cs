using Netpicking.Core.Compute;
using System.Diagnostics;
using Netpicking.Core.Common;
using Netpicking.Core.Zoo;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// Measures training throughput the way <see cref="NetworkTrainer"/> trains (same module builder, optimiser
/// and <see cref="TrainStep"/>, shuffled real images), without epochs, evaluation or storage, so the numbers
/// compare TorchSharp with PyTorch on the per-step work only (bench/README.md).
/// </summary>
public sealed class TrainingBenchmark(TrainingBenchmarkOptions options, IConvolutionPlanner? convolutions = null)
{
    public const string ResNetName = "ResNetStyle_75";

    /// <summary>
    /// The three networks the benchmark reports: Basic (id 0, the cheapest), the Conv2d network with the median
    /// parameter count (a typical convolution workload) and <see cref="ResNetName"/> (a heavy one).
    /// </summary>
    public static IReadOnlyList<NetworkSpec> StandardNetworks(ZooDefinition zoo) =>
        [zoo.GetById(0), MedianByParameters(zoo, Families.Conv2d), zoo.GetByName(ResNetName)];

    /// <summary>
    /// The network of <paramref name="family"/> with the median parameter count: the lower median, ties broken
    /// by id, so bench/pytorch_train.py can pick the same one from the JSONL.
    /// </summary>
    public static NetworkSpec MedianByParameters(ZooDefinition zoo, string family)
    {
        var members = zoo.Networks
            .Where(n => n.Group == family)
            .OrderBy(n => StaticMetricsCalculator.Compute(n).Params)
            .ThenBy(n => n.Id)
            .ToList();
        return members.Count > 0
            ? members[(members.Count - 1) / 2]
            : throw new ArgumentException($"Zoo '{zoo.Name}' has no network of family '{family}'.", nameof(family));
    }

    public TrainingBenchmarkResult Measure(NetworkSpec network, TrainingData data, CancellationToken cancellationToken = default)
    {
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }

        if (data.TrainCount < options.BatchSize)
        {
            throw new ArgumentException($"The dataset has {data.TrainCount} training images, fewer than one batch of {options.BatchSize}.");
        }

        var device = TorchRuntime.PickDevice();
        torch.set_num_threads(options.Threads);
        using var model = TrainStep.BuildSeeded(network, options.Seed, device, convolutions, options.BatchSize);
        using var optimizer = TrainStep.CreateOptimizer(model, options.LearningRate);

        // The trainer's first-epoch order; only full batches, so every timed step does the same work.
        var order = Enumerable.Range(0, (int)data.TrainCount).Select(i => (long)i).ToArray();
        SplitMix64.Of(options.Seed, 1).Shuffle(order.AsSpan());
        using var orderTensor = torch.tensor(order);
        var batchesPerPass = order.Length / options.BatchSize;
        var step = 0;
        double firstLoss = 0;
        float NextStep()
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = (long)(step % batchesPerPass) * options.BatchSize;
            var loss = TrainStep.Run(model, optimizer, data, orderTensor, start, options.BatchSize, device);
            firstLoss = step++ == 0 ? loss : firstLoss;
            return loss;
        }

        model.train();
        for (var i = 0; i < options.Warmup; i++)
        {
            NextStep();
        }

        var microseconds = new double[options.Repetitions];
        double lastLoss = 0;
        for (var r = 0; r < options.Repetitions; r++)
        {
            double lossSum = 0;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < options.Steps; i++)
            {
                // Reading the loss is part of the step: the trainer reads it every batch, and on a GPU it syncs.
                lossSum += NextStep();
            }

            microseconds[r] = watch.Elapsed.TotalMicroseconds / options.Steps;
            lastLoss = lossSum / options.Steps;
        }

        return new TrainingBenchmarkResult(
            network.Id, network.Name, network.Group, NetworkModuleBuilder.CountParameters(model), options.BatchSize,
            options.Threads, options.Steps, options.Warmup, microseconds, firstLoss, lastLoss);
    }
}
