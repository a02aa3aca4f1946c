using Netpicking.Core.Data;

namespace Netpicking.Tests.Data;

public class DatasetVerifierTests
{
    [Fact]
    public void RealMnistPasses()
    {
        var folder = TestDatasets.Folder("mnist");
        var options = new DataOptions { DatasetsFolder = Path.GetDirectoryName(folder), DataFolder = Path.GetTempPath() };
        var verifier = new DatasetVerifier(new DatasetLocator(options, new DatasetRegistry(options), environment: _ => null));

        var report = verifier.Verify("mnist");

        Assert.True(report.AllPassed);
        Assert.Equal(DatasetSource.ConfiguredFolder, report.Source);
        Assert.All(report.Files, file => Assert.Equal(file.ExpectedMd5, file.ActualMd5));
        Assert.Equal([5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949], report.Splits[0].ClassCounts);
        Assert.Equal(10_000, report.Splits[1].ImageCount);
    }

    [Fact]
    public void ModifiedCopyFailsOnMd5AndNamesFile()
    {
        using var temp = new TempFolder();
        var folder = TestDatasets.CopyOf("mnist", temp);
        var path = Path.Combine(folder, DatasetFiles.TestLabelsName);
        // A valid gzip IDX file with one label changed: it loads, but it is not the published file.
        var raw = IdxTestFiles.Gunzip(path);
        raw[8] = (byte)((raw[8] + 1) % 10);
        IdxTestFiles.WriteGzip(path, raw);

        var report = DatasetVerifier.VerifyFolder(DatasetRegistry.Mnist, folder);

        Assert.False(report.AllPassed);
        var bad = Assert.Single(report.Files, file => !file.Ok);
        Assert.Equal(path, bad.Path);
        Assert.Equal("ec29112dd5afa0611ce80d1b7f02629c", bad.ExpectedMd5);
        Assert.NotEqual(bad.ExpectedMd5, bad.ActualMd5);
        Assert.True(report.Splits[1].Ok);
    }

    [Fact]
    public void ReportsUnreadableSplitWithoutThrowing()
    {
        using var temp = new TempFolder();
        var info = IdxTestFiles.TinyInfo();
        IdxTestFiles.WriteDataset(temp.Sub("tiny"));
        var path = temp.Sub("tiny", DatasetFiles.TrainImagesName);
        File.WriteAllBytes(path, [0x50, 0x4B, 3, 4]);

        var report = DatasetVerifier.VerifyFolder(info, temp.Sub("tiny"));

        Assert.False(report.AllPassed);
        Assert.False(report.Splits[0].Ok);
        Assert.Null(report.Splits[0].ImageCount);
        Assert.Contains($"{path} is not a gzip file", Assert.Single(report.Splits[0].Errors));
        Assert.Equal(30, report.Splits[0].LabelCount);
        Assert.True(report.Splits[1].Ok);
    }
}
