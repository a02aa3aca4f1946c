namespace Netpicking.Core.Data;

/// <summary>One of the four gzip IDX files of a dataset, with the size and MD5 of the published .gz file.</summary>
public sealed record DatasetFile(DatasetFileKind Kind, string FileName, long Size, string Md5)
{
    public bool IsImages => Kind is DatasetFileKind.TrainImages or DatasetFileKind.TestImages;

    public bool IsTrain => Kind is DatasetFileKind.TrainImages or DatasetFileKind.TrainLabels;

    /// <summary>Words for error messages, e.g. "training images".</summary>
    public string Description => Kind switch
    {
        DatasetFileKind.TrainImages => "training images",
        DatasetFileKind.TrainLabels => "training labels",
        DatasetFileKind.TestImages => "test images",
        DatasetFileKind.TestLabels => "test labels",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}
