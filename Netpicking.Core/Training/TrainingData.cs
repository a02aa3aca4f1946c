using Netpicking.Core.Compute;
using Netpicking.Core.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// A dataset as normalised tensors, one contiguous tensor per split (docs/engineering.md#one-tensor-per-dataset),
/// built once per process and shared read-only by every training job.
/// </summary>
public sealed class TrainingData : IDisposable
{
    public const int Pixels = 784;

    private TrainingData(LoadedDataset source, Tensor trainImages, Tensor trainLabels, Tensor testImages, byte[] testLabels)
    {
        Source = source;
        TrainImages = trainImages;
        TrainLabels = trainLabels;
        TestImages = testImages;
        TestLabels = testLabels;
    }

    /// <summary>The raw dataset the tensors were made from (class counts, subsets, images for the pages).</summary>
    public LoadedDataset Source { get; }

    /// <summary>N × 784 float32, normalised.</summary>
    public Tensor TrainImages { get; }

    /// <summary>N int64 class indices.</summary>
    public Tensor TrainLabels { get; }

    /// <summary>10,000 × 784 float32, normalised, in file order.</summary>
    public Tensor TestImages { get; }

    public byte[] TestLabels { get; }

    public long TrainCount => TrainImages.shape[0];

    /// <summary>Normalises the raw 0..255 pixels with the dataset's mean and std (docs/product.md#data).</summary>
    public static TrainingData Create(LoadedDataset dataset)
    {
        TorchRuntime.EnsureReady();
        return new TrainingData(
            dataset,
            Normalise(dataset.Train.Pixels, dataset.Normalisation),
            tensor(dataset.Train.Labels.Select(l => (long)l).ToArray()),
            Normalise(dataset.Test.Pixels, dataset.Normalisation),
            dataset.Test.Labels);
    }

    private static Tensor Normalise(byte[] pixels, Normalisation normalisation)
    {
        var values = new float[pixels.Length];
        normalisation.Apply(pixels, values);
        return tensor(values, [pixels.Length / Pixels, Pixels]);
    }

    public void Dispose()
    {
        TrainImages.Dispose();
        TrainLabels.Dispose();
        TestImages.Dispose();
    }
}
