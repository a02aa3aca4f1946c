using System.IO.Compression;

namespace Netpicking.Core.Images;

/// <summary>
/// RGB images as PNG (colour type 2): the gradient heat maps, small enough (28 × 28 source pixels) to travel inline as
/// data URIs, so they are compressed for speed rather than size.
/// </summary>
public static class RgbPng
{
    public const int MaxScale = PngWriter.MaxScale;

    public static ReadOnlySpan<byte> Signature => PngWriter.Signature;

    /// <param name="rgb">Row-major pixels, three bytes (red, green, blue) each.</param>
    public static byte[] Encode(ReadOnlySpan<byte> rgb, int width, int height, int scale = 1) =>
        PngWriter.Encode(rgb, width, height, scale, channels: 3, colourType: 2, CompressionLevel.Fastest);

    /// <summary>The PNG as a <c>data:</c> URI for an <c>img</c> element.</summary>
    public static string DataUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);
}
