using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

public sealed class PredictionCodecTests
{
    [Fact]
    public void PacksTenThousandImagesInto200000And10000Bytes()
    {
        var encoded = PredictionCodec.Encode(StorageTestData.LogProbabilities(10_000));

        Assert.Equal(200_000, encoded.LogProbabilities.Length);
        Assert.Equal(10_000, encoded.Argmax.Length);
        Assert.Equal(10_000, encoded.ImageCount);
    }

    [Fact]
    public void RoundTripsWithinFloat16Precision()
    {
        var original = StorageTestData.LogProbabilities(1_000);

        var restored = PredictionCodec.UnpackLogProbabilities(PredictionCodec.PackLogProbabilities(original));

        Assert.Equal(original.Length, restored.Length);
        for (var i = 0; i < original.Length; i++)
        {
            // float16 has an 11-bit significand: relative rounding error at most 2^-11.
            Assert.True(Math.Abs(restored[i] - original[i]) <= Math.Abs(original[i]) * MathF.Pow(2, -11) + 1e-7f,
                $"value {i}: {original[i]} came back as {restored[i]}");
        }
    }

    [Fact]
    public void KeepsInfinitiesAndWritesLittleEndian()
    {
        float[] values = [0f, float.NegativeInfinity, -1f, -70_000f, -2f, -3f, -4f, -5f, -6f, -7f];

        var packed = PredictionCodec.PackLogProbabilities(values);
        var restored = PredictionCodec.UnpackLogProbabilities(packed);

        Assert.Equal(0x00, packed[4]); // -1 as float16 is 0xBC00: low byte first
        Assert.Equal(0xBC, packed[5]);
        Assert.Equal(float.NegativeInfinity, restored[1]);
        Assert.Equal(float.NegativeInfinity, restored[3]); // below float16's range
    }

    [Fact]
    public void ArgmaxIsExactWhereFloat16RoundingTiesTwoClasses()
    {
        var values = Enumerable.Repeat(-20f, 10).ToArray();
        values[3] = -0.5001f;
        values[7] = -0.5f; // the real winner, by less than float16 can tell apart
        Assert.Equal((Half)values[3], (Half)values[7]);

        var encoded = PredictionCodec.Encode(values);

        Assert.Equal(7, encoded.Argmax[0]);
        var restored = PredictionCodec.UnpackLogProbabilities(encoded.LogProbabilities);
        Assert.Equal(restored[3], restored[7]); // an argmax of the stored values would say 3
    }

    [Fact]
    public void ArgmaxTiesGoToTheLowestClassAndNaNNeverWins()
    {
        float[] values =
        [
            -3f, -1f, -2f, -1f, -9f, -9f, -9f, -9f, -9f, -9f,
            float.NaN, -5f, -5f, float.NaN, -9f, -9f, -9f, -9f, -9f, -9f,
            float.NaN, float.NaN, float.NaN, float.NaN, float.NaN, float.NaN, float.NaN, float.NaN, float.NaN, float.NaN,
        ];

        Assert.Equal(new byte[] { 1, 1, 0 }, PredictionCodec.ComputeArgmax(values));
    }

    [Fact]
    public void RejectsAPartialImage()
    {
        var error = Assert.Throws<ArgumentException>(() => PredictionCodec.Encode(new float[25]));

        Assert.Contains("10 values per image", error.Message);
        Assert.Throws<ArgumentException>(() => PredictionCodec.UnpackLogProbabilities(new byte[21]));
    }
}
