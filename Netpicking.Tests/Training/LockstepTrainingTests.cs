using Netpicking.Core.Compute;
using Netpicking.Core.Data;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Training;

/// <summary>Networks trained together in lockstep get exactly the numbers each gets alone, and stop alone.</summary>
public sealed class LockstepTrainingTests
{
    private static readonly Lazy<TrainingData> Mnist = new(() =>
        TrainingData.Create(DatasetLoader.ReadFolder(DatasetRegistry.Mnist, TestDatasets.Folder("mnist"))));

    private static readonly RunSettings Settings = new("lockstep", Epochs: 2, TestEvery: 1, LearningRate: 0.002, TrainSize: 300);

    private static readonly string[] Networks = ["Basic", "Conv2dSELU_5", "Conv3dTanh_14", "LinearReLU_1"];

    [Fact]
    public async Task EachNetworkGetsExactlyWhatItGetsAlone()
    {
        var trainer = new NetworkTrainer(new TrainerOptions(Convolutions: FixedConvolutions.Gemm));
        var alone = new List<Sink>();
        foreach (var name in Networks)
        {
            var sink = new Sink();
            await trainer.TrainAsync(Request(name), sink, null, CancellationToken.None);
            alone.Add(sink);
        }

        var together = Networks.Select(_ => new Sink()).ToList();
        var failures = await trainer.TrainAsync([.. Networks.Select((name, i) => new NetworkJob(Request(name), together[i]))], CancellationToken.None);

        Assert.All(failures, Assert.Null);
        for (var i = 0; i < Networks.Length; i++)
        {
            Assert.Equal(alone[i].Epochs.Select(e => e.TrainLoss), together[i].Epochs.Select(e => e.TrainLoss));
            Assert.Equal(alone[i].Epochs.Select(e => e.Evaluation!.Accuracy), together[i].Epochs.Select(e => e.Evaluation!.Accuracy));
            Assert.Equal(alone[i].Epochs[^1].LogProbabilities, together[i].Epochs[^1].LogProbabilities);
        }
    }

    [Fact]
    public async Task ANetworkThatFailsOrIsCancelledStopsAloneAndSaysWhy()
    {
        using var cancel = new CancellationTokenSource();
        var failing = new Sink(failAtEpoch: 1);
        var cancelled = new Sink();
        var healthy = new Sink();
        var progress = new CancelAt(cancel, batch: 3);

        var failures = await new NetworkTrainer(new TrainerOptions(ProgressEveryBatches: 1)).TrainAsync(
            [
                new NetworkJob(Request("Basic"), failing),
                new NetworkJob(Request("LinearReLU_1"), cancelled, progress, cancel.Token),
                new NetworkJob(Request("LinearTanh_1"), healthy),
            ],
            CancellationToken.None);

        Assert.IsType<IOException>(failures[0]);
        Assert.IsAssignableFrom<OperationCanceledException>(failures[1]);
        Assert.Null(failures[2]);
        Assert.Empty(failing.Epochs);
        Assert.Empty(cancelled.Epochs);
        Assert.Equal([1, 2], healthy.Epochs.Select(e => e.Epoch));
    }

    private static TrainingRequest Request(string network) =>
        new(ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, network), Settings, Mnist.Value,
            TrainingDataCache.TrainIndices(Mnist.Value.Source, Settings), new HashSet<int>());

    private sealed class Sink(int? failAtEpoch = null) : IEpochSink
    {
        public List<EpochOutcome> Epochs { get; } = [];

        public Task SaveEpochAsync(EpochOutcome outcome, CancellationToken cancellationToken)
        {
            if (outcome.Epoch == failAtEpoch)
            {
                throw new IOException("simulated failure");
            }

            Epochs.Add(outcome);
            return Task.CompletedTask;
        }
    }

    private sealed class CancelAt(CancellationTokenSource source, int batch) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            if (value.Batch == batch)
            {
                source.Cancel();
            }
        }
    }
}
