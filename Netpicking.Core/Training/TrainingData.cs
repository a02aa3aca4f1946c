using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// A dataset as normalised tensors, one contiguous tensor per split (engineering.md pitfall 4),
/// built once per process and shared read-only by every training job.
/// </summary>
public sealed class TrainingData : IDisposable
{
    public const int Pixels = 784;

    private TrainingData(string key, Tensor trainImages, Tensor trainLabels, Tensor testImages, byte[] testLabels)
    {
        Key = key;
        TrainImages = trainImages;
        TrainLabels = trainLabels;
        TestImages = testImages;
        TestLabels = testLabels;
    }

    public string Key { get; }

    /// <summary>N × 784 float32, normalised.</summary>
    public Tensor TrainImages { get; }

    /// <summary>N int64 class indices.</summary>
    public Tensor TrainLabels { get; }

    /// <summary>10,000 × 784 float32, normalised, in file order.</summary>
    public Tensor TestImages { get; }

    public byte[] TestLabels { get; }

    public long TrainCount => TrainImages.shape[0];

    /// <summary>Normalises raw 0..255 pixels: pixel/255, then (x − mean) / std.</summary>
    public static TrainingData Create(
        string key, byte[] trainPixels, byte[] trainLabels, byte[] testPixels, byte[] testLabels, double mean, double std)
    {
        TorchRuntime.Initialise();
        return new TrainingData(
            key,
            Normalise(trainPixels, mean, std),
            tensor(trainLabels.Select(l => (long)l).ToArray()),
            Normalise(testPixels, mean, std),
            testLabels);
    }

    private static Tensor Normalise(byte[] pixels, double mean, double std)
    {
        var values = new float[pixels.Length];
        var scale = 1.0 / (255.0 * std);
        var shift = mean / std;
        for (var i = 0; i < pixels.Length; i++)
        {
            values[i] = (float)((pixels[i] * scale) - shift);
        }

        return tensor(values, [pixels.Length / Pixels, Pixels]);
    }

    public void Dispose()
    {
        TrainImages.Dispose();
        TrainLabels.Dispose();
        TestImages.Dispose();
    }
}
