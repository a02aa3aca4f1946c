namespace Netpicking.Core.Training;

/// <summary>
/// Why a network answered as it did on one test image: its ten class probabilities and, per class c, the gradient of
/// log p(c | x) with respect to the 784 input pixels in raw pixel space (x = pixel / 255 in [0, 1], before the dataset's
/// normalisation), so "+0.5" reads as "brightening this pixel fully would raise log p(c) by about 0.5".
/// <see cref="Gradients"/> is class-major: class c's 28 × 28 map (row-major, like the image) starts at c × 784.
/// </summary>
public sealed record InputGradients(WeightsKey Key, int ImageIndex, int Label, byte[] Pixels, float[] Probabilities, float[] Gradients, TimeSpan Elapsed)
{
    public const int Side = 28;
    public const int PixelCount = Side * Side;
    public const int Classes = 10;

    public ReadOnlySpan<float> Of(int classIndex) => Gradients.AsSpan(classIndex * PixelCount, PixelCount);

    /// <summary>The largest |gradient| of one class, or of every class when <paramref name="classIndex"/> is null (a shared scale).</summary>
    public float MaxAbs(int? classIndex = null)
    {
        var values = classIndex is { } c ? Of(c) : Gradients;
        var max = 0f;
        foreach (var v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }

    /// <summary>The class with the highest probability (the network's answer).</summary>
    public int Answer => Array.IndexOf(Probabilities, Probabilities.Max());
}
