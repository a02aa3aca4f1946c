using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace Netpicking.Core.Data;

/// <summary>
/// Reads gzip-compressed IDX files (the MNIST format) into one contiguous byte array per file:
/// images as N×28×28 pixels row-major, labels as N bytes 0–9. Every problem becomes a
/// <see cref="DatasetException"/> naming the file and what is wrong.
/// </summary>
public static class IdxReader
{
    public const int ImageMagic = 0x00000803;
    public const int LabelMagic = 0x00000801;
    private const int ImageHeaderBytes = 16;
    private const int LabelHeaderBytes = 8;
    private const int ReadBufferBytes = 1 << 16;

    /// <summary>Reads an image file and returns its pixels, N×784 bytes.</summary>
    /// <param name="what">Words for messages, e.g. "MNIST training images".</param>
    /// <param name="expectedCount">When given, a file with another image count is rejected.</param>
    public static byte[] ReadImages(string path, string what = "IDX images", int? expectedCount = null)
    {
        using var stream = OpenGzip(path, what);
        var header = ReadHeader(stream, path, what, ImageHeaderBytes);
        CheckMagic(header, ImageMagic, "an IDX image file", path, what);

        var count = ReadCount(header, path, what, "images");
        var rows = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(8));
        var columns = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(12));
        if (rows != DatasetInfo.ImageRows || columns != DatasetInfo.ImageColumns)
        {
            throw new DatasetException(
                $"The {what} file {path} holds {rows}×{columns} images; Netpicking needs 28×28 images.");
        }

        CheckExpectedCount(count, expectedCount, path, what, "images");
        var pixelBytes = (long)count * DatasetInfo.PixelsPerImage;
        if (pixelBytes > Array.MaxLength)
        {
            throw new DatasetException(
                $"The {what} file {path} declares {N(count)} images in its header, too many to be real: the file is corrupt.");
        }

        return ReadBody(stream, (int)pixelBytes, ImageHeaderBytes, path, what);
    }

    /// <summary>Reads a label file and returns its labels, one byte (0–9) per image.</summary>
    public static byte[] ReadLabels(string path, string what = "IDX labels", int? expectedCount = null)
    {
        using var stream = OpenGzip(path, what);
        var header = ReadHeader(stream, path, what, LabelHeaderBytes);
        CheckMagic(header, LabelMagic, "an IDX label file", path, what);

        var count = ReadCount(header, path, what, "labels");
        CheckExpectedCount(count, expectedCount, path, what, "labels");
        var labels = ReadBody(stream, count, LabelHeaderBytes, path, what);

        var bad = Array.FindIndex(labels, label => label >= DatasetInfo.ClassCount);
        if (bad >= 0)
        {
            throw new DatasetException(
                $"The {what} file {path} has label {labels[bad]} at position {N(bad)}; labels must be 0 to 9.");
        }

        return labels;
    }

    /// <summary>Reads an image file and its label file into one split, checking that their counts agree.</summary>
    public static ImageSet ReadSplit(
        string imagesPath, string labelsPath, string what = "IDX", int? expectedCount = null)
    {
        var pixels = ReadImages(imagesPath, $"{what} images", expectedCount);
        var labels = ReadLabels(labelsPath, $"{what} labels", expectedCount);
        var imageCount = pixels.Length / DatasetInfo.PixelsPerImage;
        if (imageCount != labels.Length)
        {
            throw new DatasetException(
                $"The {what} images file {imagesPath} holds {N(imageCount)} images but the labels file {labelsPath} " +
                $"holds {N(labels.Length)} labels; they must match one to one.");
        }

        return new ImageSet(pixels, labels);
    }

    private static GZipStream OpenGzip(string path, string what)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferBytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DatasetException($"The {what} file {path} does not exist.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException($"The {what} file {path} cannot be opened: {e.Message}", e);
        }

        try
        {
            Span<byte> magic = stackalloc byte[2];
            var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            if (read == 0)
            {
                throw new DatasetException($"The {what} file {path} is empty.");
            }

            // 1F 8B opens every gzip stream; without it GZipStream's own error would not say what is wrong.
            if (read < 2 || magic[0] != 0x1F || magic[1] != 0x8B)
            {
                throw new DatasetException(
                    $"The {what} file {path} is not a gzip file: it starts with bytes " +
                    $"{Convert.ToHexString(magic[..read])}, expected 1F8B.");
            }

            file.Position = 0;
            return new GZipStream(file, CompressionMode.Decompress, leaveOpen: false);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static byte[] ReadHeader(Stream stream, string path, string what, int headerBytes)
    {
        var header = new byte[headerBytes];
        var read = ReadFully(stream, header, 0, path, what);
        if (read < headerBytes)
        {
            throw new DatasetException(
                $"The {what} file {path} is truncated: its header needs {headerBytes} bytes, found {read}.");
        }

        return header;
    }

    private static void CheckMagic(byte[] header, int expected, string kind, string path, string what)
    {
        var magic = BinaryPrimitives.ReadInt32BigEndian(header);
        if (magic != expected)
        {
            throw new DatasetException(
                $"The {what} file {path} has magic number 0x{magic:X8}, expected 0x{expected:X8} ({kind}).");
        }
    }

    private static int ReadCount(byte[] header, string path, string what, string items)
    {
        var count = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        if (count < 0)
        {
            throw new DatasetException(
                $"The {what} file {path} declares {N((uint)count)} {items} in its header, too many to be real: the file is corrupt.");
        }

        return count;
    }

    private static void CheckExpectedCount(int count, int? expected, string path, string what, string items)
    {
        if (expected is { } e && count != e)
        {
            throw new DatasetException($"The {what} file {path} holds {N(count)} {items}, expected {N(e)}.");
        }
    }

    private static byte[] ReadBody(Stream stream, int length, int headerBytes, string path, string what)
    {
        var body = new byte[length];
        var read = ReadFully(stream, body, headerBytes, path, what);
        if (read < length)
        {
            throw new DatasetException(
                $"The {what} file {path} is truncated: expected {N(headerBytes + (long)length)} bytes, " +
                $"found {N(headerBytes + (long)read)}.");
        }

        var extra = CountRemaining(stream, headerBytes + (long)length, path, what);
        if (extra > 0)
        {
            throw new DatasetException(
                $"The {what} file {path} is longer than its header says: expected {N(headerBytes + (long)length)} bytes, " +
                $"found {N(headerBytes + (long)length + extra)}.");
        }

        return body;
    }

    private static int ReadFully(Stream stream, byte[] buffer, long offsetInFile, string path, string what)
    {
        var total = 0;
        try
        {
            while (total < buffer.Length)
            {
                var read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
        catch (InvalidDataException e)
        {
            throw new DatasetException(
                $"The {what} file {path} is corrupt: its gzip data is damaged after {N(offsetInFile + total)} " +
                $"uncompressed bytes ({e.Message}).",
                e);
        }
    }

    private static long CountRemaining(Stream stream, long offsetInFile, string path, string what)
    {
        var scratch = new byte[ReadBufferBytes];
        long extra = 0;
        try
        {
            int read;
            while ((read = stream.Read(scratch, 0, scratch.Length)) > 0)
            {
                extra += read;
            }

            return extra;
        }
        catch (InvalidDataException e)
        {
            throw new DatasetException(
                $"The {what} file {path} is corrupt: its gzip data is damaged after {N(offsetInFile + extra)} " +
                $"uncompressed bytes ({e.Message}).",
                e);
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
