using System.Buffers.Binary;
using System.IO.Compression;

namespace Netpicking.Core.Images;

/// <summary>
/// Writes an 8-bit RGB image as a PNG (colour type 2, no interlace, filter None on every scanline), enlarged by a whole
/// factor with nearest-neighbour so every source pixel stays a sharp square: the gradient heat maps, small enough
/// (28 × 28 source pixels) to travel inline as data URIs. Only as much PNG as that needs; zlib comes from .NET.
/// </summary>
public static class RgbPng
{
    public const int MaxScale = 16;

    private static readonly uint[] CrcTable = BuildCrcTable();

    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="rgb">Row-major pixels, three bytes (red, green, blue) each.</param>
    public static byte[] Encode(ReadOnlySpan<byte> rgb, int width, int height, int scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, MaxScale);
        if (rgb.Length != width * height * 3)
        {
            throw new ArgumentException($"A {width}×{height} RGB image has {width * height * 3} bytes, got {rgb.Length}.", nameof(rgb));
        }

        var outWidth = width * scale;
        var outHeight = height * scale;
        var stride = (outWidth * 3) + 1;
        var scanlines = new byte[outHeight * stride];
        for (var y = 0; y < height; y++)
        {
            // Byte 0 of a scanline is its filter type, 0 (None): the array starts zeroed.
            var first = scanlines.AsSpan(y * scale * stride, stride);
            for (var x = 0; x < width; x++)
            {
                var source = rgb.Slice(((y * width) + x) * 3, 3);
                for (var repeat = 0; repeat < scale; repeat++)
                {
                    source.CopyTo(first.Slice(1 + (((x * scale) + repeat) * 3), 3));
                }
            }

            for (var repeat = 1; repeat < scale; repeat++)
            {
                first.CopyTo(scanlines.AsSpan(((y * scale) + repeat) * stride, stride));
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, outWidth);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), outHeight);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(scanlines);
        }

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR"u8, header);
        WriteChunk(png, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    /// <summary>The PNG as a <c>data:</c> URI for an <c>img</c> element.</summary>
    public static string DataUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    /// <summary>CRC-32 (ISO-HDLC, as PNG chunks use) of <paramref name="data"/> continued from <paramref name="crc"/>.</summary>
    public static uint Crc32(ReadOnlySpan<byte> data, uint crc = 0)
    {
        crc = ~crc;
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static void WriteChunk(Stream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(type);
        png.Write(data);

        // The CRC covers the chunk type and data, not the length.
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(data, Crc32(type)));
        png.Write(number);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
