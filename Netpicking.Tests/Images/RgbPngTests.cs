using System.Buffers.Binary;
using System.IO.Compression;
using Netpicking.Core.Images;

namespace Netpicking.Tests.Images;

public sealed class RgbPngTests
{
    [Fact]
    public void EncodesEveryPixelEnlargedWithValidChunks()
    {
        // 2 × 1 image: red, blue; ×3 → 6 × 3.
        byte[] rgb = [255, 0, 0, 0, 0, 255];

        var png = RgbPng.Encode(rgb, 2, 1, scale: 3);

        Assert.Equal(RgbPng.Signature.ToArray(), png[..8]);
        var chunks = PngChunks.Read(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        var header = chunks[0].Data;
        Assert.Equal(6, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(3, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal(8, header[8]);
        Assert.Equal(2, header[9]);

        using var inflate = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        var scanlines = raw.ToArray();
        Assert.Equal(3 * (1 + 6 * 3), scanlines.Length);
        for (var y = 0; y < 3; y++)
        {
            var line = scanlines.AsSpan(y * 19, 19);
            Assert.Equal(0, line[0]);
            Assert.Equal([255, 0, 0, 255, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255, 0, 0, 255], line[1..].ToArray());
        }
    }

    [Fact]
    public void TheDivergingScaleIsSymmetricAndWhiteAtZero()
    {
        Assert.Equal(DivergingScale.Zero, DivergingScale.Colour(0, 1));
        Assert.Equal(DivergingScale.Positive, DivergingScale.Colour(2, 2));
        Assert.Equal(DivergingScale.Negative, DivergingScale.Colour(-5, 2));
        Assert.Equal(DivergingScale.Zero, DivergingScale.Colour(3, 0));
        // Half-way to red: 255 + (178 − 255) / 2 = 216.5 → 216 (banker's) or 217; green 255 + (24 − 255) / 2 = 139.5.
        var half = DivergingScale.Colour(0.5, 1);
        Assert.InRange(half.R, 216, 217);
        Assert.InRange(half.G, 139, 140);
        // Equal magnitudes are equally far from white on both sides.
        var plus = DivergingScale.Colour(0.3, 1);
        var minus = DivergingScale.Colour(-0.3, 1);
        Assert.Equal(Math.Round(0.3 * (255 - 24)), 255 - plus.G, 0);
        Assert.Equal(Math.Round(0.3 * (255 - 33)), 255 - minus.R, 0);
    }
}
