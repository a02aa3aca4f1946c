using System.Buffers.Binary;
using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

public sealed class ProbabilityDecodingTests
{
    [Fact]
    public void TheLookupTableGivesExactlyExpOfEveryFloat16()
    {
        // Every float16 bit pattern (NaNs, infinities, subnormals included), ten to an image.
        var packed = new byte[(ushort.MaxValue + 1) * PredictionCodec.BytesPerValue + 8]; // + 8: whole images of 20 bytes
        for (var bits = 0; bits <= ushort.MaxValue; bits++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(packed.AsSpan(bits * PredictionCodec.BytesPerValue), (ushort)bits);
        }

        var decoded = PopulationLoader.ToProbabilities(packed);

        var expected = PredictionCodec.UnpackLogProbabilities(packed).Select(MathF.Exp).ToArray();
        Assert.Equal(expected.Length, decoded.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(expected[i]), BitConverter.SingleToInt32Bits(decoded[i]));
        }
    }

    [Fact]
    public void APartialImageIsRejected() =>
        Assert.Throws<ArgumentException>(() => PopulationLoader.ToProbabilities(new byte[PredictionCodec.BytesPerValue * 9]));
}
