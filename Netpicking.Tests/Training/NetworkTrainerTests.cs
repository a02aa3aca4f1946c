using Netpicking.Core.Compute;
using Netpicking.Core.Data;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Training;

public sealed class NetworkTrainerTests
{
    private static readonly Lazy<TrainingData> Mnist = new(() =>
        TrainingData.Create(DatasetLoader.ReadFolder(DatasetRegistry.Mnist, TestDatasets.Folder("mnist"))));

    [Fact]
    public async Task BasicTrainedOneEpochOnTwoThousandImagesScoresAboveEightyPercent()
    {
        var settings = new RunSettings("test", Epochs: 1, TestEvery: 1, LearningRate: 0.002, TrainSize: 2_000);
        var sink = new RecordingSink();

        await Train(ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Basic"), settings, sink);

        var epoch = Assert.Single(sink.Epochs);
        Assert.True(epoch.Tested);
        Assert.True(epoch.Evaluation!.Accuracy > 0.80, $"accuracy {epoch.Evaluation.Accuracy}");
        Assert.Equal(10_000 * 10, epoch.LogProbabilities!.Length);
        var correct = epoch.Predictions!.Zip(Mnist.Value.TestLabels).Count(p => p.First == p.Second);
        Assert.Equal(epoch.Evaluation.Accuracy, correct / 10_000.0, 10);

        // The epoch's time split: training (wall-clock and the CPU time of its one thread) and testing.
        Assert.True(epoch.Seconds > 0 && epoch.TestSeconds > 0, $"{epoch.Seconds} s training, {epoch.TestSeconds} s testing");
        if (OperatingSystem.IsLinux())
        {
            Assert.InRange(epoch.CpuSeconds!.Value, 1e-6, epoch.Seconds + 0.05);
        }
    }

    [Theory]
    [InlineData("Conv2dSELU_5", ConvolutionMethod.Aten)]
    [InlineData("Conv2dSELU_5", ConvolutionMethod.Gemm)]
    [InlineData("Conv3dTanh_14", ConvolutionMethod.Gemm)]
    public async Task SameSeedGivesIdenticalLossesAndAnotherSeedDifferent(string network, ConvolutionMethod method)
    {
        var spec = ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, network);
        var settings = new RunSettings("test", Epochs: 2, TestEvery: 2, LearningRate: 0.002, TrainSize: 200);
        var first = new RecordingSink();
        var second = new RecordingSink();
        var other = new RecordingSink();
        var options = new TrainerOptions(Convolutions: new FixedConvolutions(method));

        await Train(spec, settings, first, options: options);
        await Train(spec, settings, second, options: options);
        await Train(spec, settings with { Seed = 7 }, other, options: options);

        Assert.Equal(first.Epochs.Select(e => e.TrainLoss), second.Epochs.Select(e => e.TrainLoss));
        Assert.Equal(first.Epochs[^1].LogProbabilities, second.Epochs[^1].LogProbabilities);
        Assert.NotEqual(first.Epochs.Select(e => e.TrainLoss), other.Epochs.Select(e => e.TrainLoss));
    }

    [Fact]
    public async Task OnlyTestedEpochsCarryPredictions()
    {
        var settings = new RunSettings("test", Epochs: 3, TestEvery: 2, LearningRate: 0.002, TrainSize: 100);
        var sink = new RecordingSink();

        await Train(ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Basic"), settings, sink);

        Assert.Equal([1, 2, 3], sink.Epochs.Select(e => e.Epoch));
        Assert.Equal([false, true, true], sink.Epochs.Select(e => e.Tested));
    }

    [Fact]
    public async Task ResumesFromCheckpointWithTheSameResultAsAnUninterruptedRun()
    {
        var spec = ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "LinearReLU_1");
        var settings = new RunSettings("test", Epochs: 3, TestEvery: 1, LearningRate: 0.002, TrainSize: 300);
        using var folder = new TempFolder();
        var whole = new RecordingSink();
        await Train(spec, settings, whole);

        // A run that stops after epoch 2 (the sink throws as a kill would), then resumes.
        var interrupted = new RecordingSink(failAtEpoch: 3);
        await Assert.ThrowsAsync<IOException>(() => Train(spec, settings, interrupted, folder.Path));
        var resumed = new RecordingSink();
        var progress = new List<TrainingProgress>();
        await new NetworkTrainer(new TrainerOptions()).TrainAsync(
            Request(spec, settings, folder.Path, interrupted.Epochs.Select(e => e.Epoch).ToHashSet()),
            resumed, new SynchronousProgress(progress.Add), CancellationToken.None);

        Assert.Equal([3], resumed.Epochs.Select(e => e.Epoch));
        Assert.All(progress, p => Assert.Equal(3, p.Epoch));
        Assert.Equal(whole.Epochs[^1].TrainLoss, resumed.Epochs[0].TrainLoss);
        Assert.Equal(whole.Epochs[^1].LogProbabilities, resumed.Epochs[0].LogProbabilities);
    }

    [Fact]
    public async Task CancellationStopsWithinOneBatch()
    {
        var settings = new RunSettings("test", Epochs: 1, TestEvery: 1, LearningRate: 0.002, TrainSize: 6_000);
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelAtBatch(cancellation, 40);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new NetworkTrainer(new TrainerOptions(ProgressEveryBatches: 1))
            .TrainAsync(Request(ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Basic"), settings), new RecordingSink(), progress, cancellation.Token));

        Assert.Equal(40, progress.LastBatch);
    }

    private static Task Train(
        NetworkSpec spec, RunSettings settings, RecordingSink sink, string? checkpoints = null, IReadOnlySet<int>? stored = null, TrainerOptions? options = null) =>
        new NetworkTrainer(options ?? new TrainerOptions()).TrainAsync(Request(spec, settings, checkpoints, stored), sink, null, CancellationToken.None);

    private static TrainingRequest Request(NetworkSpec spec, RunSettings settings, string? checkpoints = null, IReadOnlySet<int>? stored = null) =>
        new(spec, settings, Mnist.Value, TrainingDataCache.TrainIndices(Mnist.Value.Source, settings), stored ?? new HashSet<int>(), checkpoints);

    private sealed class RecordingSink(int? failAtEpoch = null) : IEpochSink
    {
        public List<EpochOutcome> Epochs { get; } = [];

        public Task SaveEpochAsync(EpochOutcome outcome, CancellationToken cancellationToken)
        {
            if (outcome.Epoch == failAtEpoch)
            {
                throw new IOException("simulated crash");
            }

            Epochs.Add(outcome);
            return Task.CompletedTask;
        }
    }

    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }

    private sealed class CancelAtBatch(CancellationTokenSource source, int batch) : IProgress<TrainingProgress>
    {
        public int LastBatch { get; private set; }

        public void Report(TrainingProgress value)
        {
            LastBatch = value.Batch;
            if (value.Batch == batch)
            {
                source.Cancel();
            }
        }
    }
}
