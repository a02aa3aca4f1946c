using System.Collections.Immutable;

namespace Netpicking.Core.Data;

/// <summary>
/// What Netpicking knows about a dataset before reading it: its files with published sizes and MD5s,
/// expected counts, class names, normalisation, and the mirrors it can be downloaded from.
/// </summary>
public sealed record DatasetInfo(
    string Name,
    string DisplayName,
    ImmutableArray<string> ClassNames,
    Normalisation Normalisation,
    DatasetFiles Files,
    int TrainCount,
    int TestCount,
    ImmutableArray<Uri> MirrorBaseUrls)
{
    public const int ImageRows = 28;
    public const int ImageColumns = 28;
    public const int PixelsPerImage = ImageRows * ImageColumns;
    public const int ClassCount = 10;

    /// <summary>Words for error messages, e.g. "MNIST training images".</summary>
    public string Describe(DatasetFile file) => $"{DisplayName} {file.Description}";
}
