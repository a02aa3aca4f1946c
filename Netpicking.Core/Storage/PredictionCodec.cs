using System.Buffers.Binary;

namespace Netpicking.Core.Storage;

/// <summary>
/// Packs per-image log-probabilities compactly: float16 (2 bytes a value, little-endian) plus the
/// argmax as one byte per image. The argmax is taken from the float32 input because float16 keeps about
/// three significant digits, so two close classes can round to the same value and the stored argmax
/// must still be the network's real answer.
/// </summary>
public static class PredictionCodec
{
    public const int ClassCount = 10;
    public const int BytesPerValue = 2;

    public static EncodedPredictions Encode(ReadOnlySpan<float> logProbabilities) =>
        new(PackLogProbabilities(logProbabilities), ComputeArgmax(logProbabilities));

    public static byte[] PackLogProbabilities(ReadOnlySpan<float> logProbabilities)
    {
        EnsureWholeImages(logProbabilities.Length);
        var bytes = new byte[logProbabilities.Length * BytesPerValue];
        for (var i = 0; i < logProbabilities.Length; i++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(bytes.AsSpan(i * BytesPerValue), (Half)logProbabilities[i]);
        }

        return bytes;
    }

    public static float[] UnpackLogProbabilities(ReadOnlySpan<byte> packed)
    {
        if (packed.Length % (ClassCount * BytesPerValue) != 0)
        {
            throw new ArgumentException(
                $"Packed log-probabilities must hold {ClassCount * BytesPerValue} bytes per image; got {packed.Length} bytes.",
                nameof(packed));
        }

        var values = new float[packed.Length / BytesPerValue];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(packed[(i * BytesPerValue)..]);
        }

        return values;
    }

    /// <summary>
    /// The class with the highest log-probability per image; ties go to the lowest class, and NaN never
    /// wins (an image whose values are all NaN gets class 0).
    /// </summary>
    public static byte[] ComputeArgmax(ReadOnlySpan<float> logProbabilities)
    {
        EnsureWholeImages(logProbabilities.Length);
        var argmax = new byte[logProbabilities.Length / ClassCount];
        for (var image = 0; image < argmax.Length; image++)
        {
            var row = logProbabilities.Slice(image * ClassCount, ClassCount);
            var best = 0;
            for (var c = 1; c < ClassCount; c++)
            {
                if (row[c] > row[best] || (float.IsNaN(row[best]) && !float.IsNaN(row[c])))
                {
                    best = c;
                }
            }

            argmax[image] = (byte)best;
        }

        return argmax;
    }

    private static void EnsureWholeImages(int length)
    {
        if (length % ClassCount != 0)
        {
            throw new ArgumentException(
                $"Log-probabilities must hold {ClassCount} values per image; got {length} values.", "logProbabilities");
        }
    }
}
