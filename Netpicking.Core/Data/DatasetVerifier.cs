using System.Collections.Immutable;
using System.Globalization;

namespace Netpicking.Core.Data;

/// <summary>
/// Checks a dataset's files for the <c>data verify</c> command: the MD5 and size of each .gz against the
/// registry, then each split's headers, counts and class counts. Problems are reported, not thrown,
/// so one bad file does not hide the state of the others. Bypasses the loader's cache on purpose.
/// </summary>
public sealed class DatasetVerifier(DatasetLocator locator)
{
    /// <summary>Verifies the folder the locator finds for <paramref name="name"/> (local places only, never a download).</summary>
    public DatasetVerificationReport Verify(string name)
    {
        var location = locator.LocateLocal(name);
        return VerifyFolder(location.Info, location.Folder) with { Source = location.Source };
    }

    public static DatasetVerificationReport VerifyFolder(DatasetInfo info, string folder)
    {
        var files = info.Files.All.Select(file => VerifyFile(Path.Combine(folder, file.FileName), file));
        var splits = new[]
        {
            VerifySplit(info, folder, "training", info.Files.TrainImages, info.Files.TrainLabels, info.TrainCount),
            VerifySplit(info, folder, "test", info.Files.TestImages, info.Files.TestLabels, info.TestCount),
        };
        return new DatasetVerificationReport(info.Name, folder, null, [.. files], [.. splits]);
    }

    private static FileVerification VerifyFile(string path, DatasetFile file)
    {
        var exists = File.Exists(path);
        return new FileVerification(
            file.Kind,
            path,
            file.Size,
            exists ? new FileInfo(path).Length : null,
            file.Md5,
            exists ? FileChecksum.Md5Hex(path) : null);
    }

    private static SplitVerification VerifySplit(
        DatasetInfo info, string folder, string split, DatasetFile imagesFile, DatasetFile labelsFile, int expected)
    {
        var errors = ImmutableArray.CreateBuilder<string>();
        int? imageCount = null;
        int? labelCount = null;
        var classCounts = ImmutableArray<int>.Empty;

        // Counts are checked here (not by the reader) so that a wrong count is reported with the actual number.
        try
        {
            imageCount = IdxReader.ReadImages(Path.Combine(folder, imagesFile.FileName), info.Describe(imagesFile)).Length
                / DatasetInfo.PixelsPerImage;
        }
        catch (DatasetException e)
        {
            errors.Add(e.Message);
        }

        try
        {
            var labels = IdxReader.ReadLabels(Path.Combine(folder, labelsFile.FileName), info.Describe(labelsFile));
            labelCount = labels.Length;
            classCounts = ImageSet.CountClasses(labels);
        }
        catch (DatasetException e)
        {
            errors.Add(e.Message);
        }

        if (imageCount is { } images && images != expected)
        {
            errors.Add($"The {info.DisplayName} {split} split holds {N(images)} images, expected {N(expected)}.");
        }

        if (labelCount is { } labelTotal && labelTotal != expected)
        {
            errors.Add($"The {info.DisplayName} {split} split holds {N(labelTotal)} labels, expected {N(expected)}.");
        }

        return new SplitVerification(split, expected, imageCount, labelCount, classCounts, errors.ToImmutable());
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
