namespace Netpicking.Core.Data;

/// <summary>Which of the four standard IDX files of a dataset a file is.</summary>
public enum DatasetFileKind
{
    TrainImages,
    TrainLabels,
    TestImages,
    TestLabels,
}
