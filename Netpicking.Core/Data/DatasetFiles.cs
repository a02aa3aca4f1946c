namespace Netpicking.Core.Data;

/// <summary>The four standard files of an IDX dataset.</summary>
public sealed record DatasetFiles(DatasetFile TrainImages, DatasetFile TrainLabels, DatasetFile TestImages, DatasetFile TestLabels)
{
    public const string TrainImagesName = "train-images-idx3-ubyte.gz";
    public const string TrainLabelsName = "train-labels-idx1-ubyte.gz";
    public const string TestImagesName = "t10k-images-idx3-ubyte.gz";
    public const string TestLabelsName = "t10k-labels-idx1-ubyte.gz";

    public IReadOnlyList<DatasetFile> All => [TrainImages, TrainLabels, TestImages, TestLabels];
}
