using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Security.Cryptography;
using Netpicking.Core.Data;

namespace Netpicking.Tests.Data;

/// <summary>Writes small gzip IDX files (and whole four-file datasets) for tests that need no real data.</summary>
public static class IdxTestFiles
{
    /// <summary>Image i has every pixel equal to (i + 1) mod 256, so tests can tell images apart.</summary>
    public static byte PixelOf(int image) => (byte)((image + 1) % 256);

    public static byte[] ImageBytes(int count, int magic = IdxReader.ImageMagic, int rows = 28, int columns = 28, int? declaredCount = null)
    {
        var raw = new byte[16 + (count * rows * columns)];
        BinaryPrimitives.WriteInt32BigEndian(raw, magic);
        BinaryPrimitives.WriteInt32BigEndian(raw.AsSpan(4), declaredCount ?? count);
        BinaryPrimitives.WriteInt32BigEndian(raw.AsSpan(8), rows);
        BinaryPrimitives.WriteInt32BigEndian(raw.AsSpan(12), columns);
        for (var i = 0; i < count; i++)
        {
            raw.AsSpan(16 + (i * rows * columns), rows * columns).Fill(PixelOf(i));
        }

        return raw;
    }

    public static byte[] LabelBytes(IReadOnlyList<byte> labels, int magic = IdxReader.LabelMagic, int? declaredCount = null)
    {
        var raw = new byte[8 + labels.Count];
        BinaryPrimitives.WriteInt32BigEndian(raw, magic);
        BinaryPrimitives.WriteInt32BigEndian(raw.AsSpan(4), declaredCount ?? labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            raw[8 + i] = labels[i];
        }

        return raw;
    }

    public static string WriteGzip(string path, byte[] raw)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(raw);
        return path;
    }

    public static byte[] Gzip(byte[] raw)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(raw);
        }

        return memory.ToArray();
    }

    public static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Labels 0,1,…,9,0,1,… so every class is present in any run of ten.</summary>
    public static byte[] CyclingLabels(int count) => [.. Enumerable.Range(0, count).Select(i => (byte)(i % 10))];

    /// <summary>Writes the four files of a tiny dataset into <paramref name="folder"/>.</summary>
    public static void WriteDataset(string folder, int trainCount = 30, int testCount = 20)
    {
        foreach (var (name, bytes) in DatasetFiles(trainCount, testCount))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
    }

    /// <summary>The .gz bytes of a tiny dataset's four files, by file name (deterministic, so MD5s are stable).</summary>
    public static IReadOnlyDictionary<string, byte[]> DatasetFiles(int trainCount = 30, int testCount = 20) =>
        new Dictionary<string, byte[]>
        {
            [Core.Data.DatasetFiles.TrainImagesName] = Gzip(ImageBytes(trainCount)),
            [Core.Data.DatasetFiles.TrainLabelsName] = Gzip(LabelBytes(CyclingLabels(trainCount))),
            [Core.Data.DatasetFiles.TestImagesName] = Gzip(ImageBytes(testCount)),
            [Core.Data.DatasetFiles.TestLabelsName] = Gzip(LabelBytes(CyclingLabels(testCount))),
        };

    /// <summary>A registry entry for the tiny dataset, with the sizes and MD5s of <see cref="DatasetFiles"/>.</summary>
    public static DatasetInfo TinyInfo(string name = "tiny", int trainCount = 30, int testCount = 20, params Uri[] mirrors)
    {
        var files = DatasetFiles(trainCount, testCount);
        DatasetFile Entry(DatasetFileKind kind, string fileName) =>
            new(kind, fileName, files[fileName].Length, Convert.ToHexStringLower(MD5.HashData(files[fileName])));

        return new DatasetInfo(
            name,
            "Tiny",
            [.. Enumerable.Range(0, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            new Normalisation(0.5, 0.25),
            new Core.Data.DatasetFiles(
                Entry(DatasetFileKind.TrainImages, Core.Data.DatasetFiles.TrainImagesName),
                Entry(DatasetFileKind.TrainLabels, Core.Data.DatasetFiles.TrainLabelsName),
                Entry(DatasetFileKind.TestImages, Core.Data.DatasetFiles.TestImagesName),
                Entry(DatasetFileKind.TestLabels, Core.Data.DatasetFiles.TestLabelsName)),
            trainCount,
            testCount,
            mirrors.ToImmutableArray());
    }
}
