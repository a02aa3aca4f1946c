using System.IO.Compression;

namespace Netpicking.Core.Images;

/// <summary>Dataset images as PNG (colour type 0), served by the image endpoint and cached by browsers.</summary>
public static class GreyPng
{
    public const int MaxScale = PngWriter.MaxScale;

    public static ReadOnlySpan<byte> Signature => PngWriter.Signature;

    /// <param name="pixels">Row-major grey values, <paramref name="width"/> × <paramref name="height"/> bytes, 0 black.</param>
    /// <param name="scale">Every source pixel becomes a <paramref name="scale"/> × <paramref name="scale"/> square.</param>
    public static byte[] Encode(ReadOnlySpan<byte> pixels, int width, int height, int scale = 1) =>
        PngWriter.Encode(pixels, width, height, scale, channels: 1, colourType: 0, CompressionLevel.Optimal);
}
