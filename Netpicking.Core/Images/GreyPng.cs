using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Netpicking.Core.Images;

/// <summary>
/// Writes an 8-bit grey image as a PNG file (colour type 0, no interlace), enlarged by a whole factor with
/// nearest-neighbour so every source pixel stays a sharp square. Just enough PNG for dataset images: one IDAT chunk,
/// filter type None; see docs/decisions/0007-png-encoder.md for why it is written here rather than taken from a library.
/// </summary>
public static class GreyPng
{
    /// <summary>The largest enlargement; 16 makes a 28×28 digit 448 pixels wide, more than any page shows.</summary>
    public const int MaxScale = 16;

    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="pixels">Row-major grey values, <paramref name="width"/> × <paramref name="height"/> bytes, 0 black.</param>
    /// <param name="scale">Every source pixel becomes a <paramref name="scale"/> × <paramref name="scale"/> square.</param>
    public static byte[] Encode(ReadOnlySpan<byte> pixels, int width, int height, int scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, MaxScale);
        if (pixels.Length != width * height)
        {
            throw new ArgumentException($"A {width}×{height} image has {width * height} pixels, got {pixels.Length}.", nameof(pixels));
        }

        var outWidth = width * scale;
        var outHeight = height * scale;
        var stride = outWidth + 1;
        var scanlines = new byte[outHeight * stride];
        for (var y = 0; y < height; y++)
        {
            // Byte 0 of every scanline is its filter type, 0 (None): the array starts zeroed.
            var first = scanlines.AsSpan(y * scale * stride, stride);
            var source = pixels.Slice(y * width, width);
            for (var x = 0; x < width; x++)
            {
                first.Slice(1 + x * scale, scale).Fill(source[x]);
            }

            for (var repeat = 1; repeat < scale; repeat++)
            {
                first.CopyTo(scanlines.AsSpan((y * scale + repeat) * stride, stride));
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, outWidth);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), outHeight);
        header[8] = 8; // bits per sample
        header[9] = 0; // colour type: grey
        // Compression method 0, filter method 0, interlace 0: the remaining bytes stay zero.

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(scanlines);
        }

        using var png = new MemoryStream(Signature.Length + 3 * 12 + header.Length + (int)compressed.Length);
        png.Write(Signature);
        WriteChunk(png, "IHDR"u8, header);
        WriteChunk(png, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(type);
        png.Write(data);

        // The CRC covers the chunk type and data, not the length.
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        png.Write(number);
    }
}
