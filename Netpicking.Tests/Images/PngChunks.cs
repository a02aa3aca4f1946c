using System.Buffers.Binary;
using System.IO.Hashing;

namespace Netpicking.Tests.Images;

/// <summary>Reads a PNG file's chunks and checks each one's CRC, so tests can look at the framing a decoder forgives.</summary>
internal static class PngChunks
{
    public static IReadOnlyList<(string Type, byte[] Data)> Read(byte[] png)
    {
        var chunks = new List<(string, byte[])>();
        var at = 8;
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(Crc32.HashToUInt32(typeAndData), crc);
            chunks.Add((System.Text.Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray()));
            at += 12 + length;
        }

        Assert.Equal(png.Length, at);
        return chunks;
    }
}
