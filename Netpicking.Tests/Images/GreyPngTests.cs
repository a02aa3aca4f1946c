using System.Buffers.Binary;
using Netpicking.Core.Images;
using StbImageSharp;

namespace Netpicking.Tests.Images;

public sealed class GreyPngTests
{
    // 3 × 2, every value different, black and white included: a swapped axis or an off-by-one shows.
    private static readonly byte[] Pixels = [0, 100, 255, 7, 200, 31];

    [Fact]
    public void WritesSignatureHeaderDataAndEndWithValidCrcs()
    {
        var png = GreyPng.Encode(Pixels, 3, 2, scale: 5);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = PngChunks.Read(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        var header = chunks[0].Data;
        Assert.Equal(15, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(10, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        // 8 bits, grey, deflate, adaptive filtering, no interlace.
        Assert.Equal(new byte[] { 8, 0, 0, 0, 0 }, header[8..]);
        Assert.Empty(chunks[2].Data);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(GreyPng.MaxScale)]
    public void AnIndependentDecoderReadsEverySourcePixelAsASquare(int scale)
    {
        var decoded = ImageResult.FromMemory(GreyPng.Encode(Pixels, 3, 2, scale), ColorComponents.Grey);

        Assert.Equal((3 * scale, 2 * scale), (decoded.Width, decoded.Height));
        Assert.Equal(ColorComponents.Grey, decoded.SourceComp);
        for (var y = 0; y < decoded.Height; y++)
        {
            for (var x = 0; x < decoded.Width; x++)
            {
                Assert.Equal(Pixels[(y / scale) * 3 + x / scale], decoded.Data[y * decoded.Width + x]);
            }
        }
    }

    [Fact]
    public void RejectsAWrongPixelCountAndScalesOutOfRange()
    {
        Assert.Throws<ArgumentException>(() => GreyPng.Encode(Pixels, 2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => GreyPng.Encode(Pixels, 3, 2, scale: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => GreyPng.Encode(Pixels, 3, 2, scale: GreyPng.MaxScale + 1));
    }
}
