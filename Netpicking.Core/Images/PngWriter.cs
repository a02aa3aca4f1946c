using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Netpicking.Core.Images;

/// <summary>
/// The PNG both image writers share: 8 bits per sample, no interlace, one IDAT chunk, filter None on every scanline,
/// enlarged by a whole factor with nearest-neighbour so every source pixel stays a sharp square. Just enough PNG for
/// 28×28 images; see docs/decisions/0007-png-encoder.md for why it is written here rather than taken from a library.
/// </summary>
internal static class PngWriter
{
    /// <summary>The largest enlargement; 16 makes a 28×28 digit 448 pixels wide, more than any page shows.</summary>
    public const int MaxScale = 16;

    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="samples">Row-major pixels of <paramref name="channels"/> bytes each.</param>
    /// <param name="colourType">PNG colour type: 0 grey (one channel), 2 RGB (three).</param>
    public static byte[] Encode(
        ReadOnlySpan<byte> samples, int width, int height, int scale, int channels, byte colourType, CompressionLevel level)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, MaxScale);
        if (samples.Length != width * height * channels)
        {
            throw new ArgumentException(
                $"A {width}×{height} image of {channels} byte(s) per pixel has {width * height * channels} bytes, got {samples.Length}.",
                nameof(samples));
        }

        var outWidth = width * scale;
        var outHeight = height * scale;
        var stride = (outWidth * channels) + 1;
        var scanlines = new byte[outHeight * stride];
        for (var y = 0; y < height; y++)
        {
            // Byte 0 of every scanline is its filter type, 0 (None): the array starts zeroed.
            var first = scanlines.AsSpan(y * scale * stride, stride);
            for (var x = 0; x < width; x++)
            {
                var pixel = samples.Slice(((y * width) + x) * channels, channels);
                for (var repeat = 0; repeat < scale; repeat++)
                {
                    pixel.CopyTo(first.Slice(1 + (((x * scale) + repeat) * channels), channels));
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
        header[9] = colourType;
        // Compression method 0, filter method 0, interlace 0: the remaining bytes stay zero.

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, level, leaveOpen: true))
        {
            zlib.Write(scanlines);
        }

        using var png = new MemoryStream(Signature.Length + (3 * 12) + header.Length + (int)compressed.Length);
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
