using Netpicking.Core.Data;

namespace Netpicking.Tests.Data;

public class IdxReaderTests
{
    [Fact]
    public void ReadsImagesIntoOneContiguousArray()
    {
        using var temp = new TempFolder();
        var path = IdxTestFiles.WriteGzip(temp.Sub("images.gz"), IdxTestFiles.ImageBytes(3));

        var pixels = IdxReader.ReadImages(path);

        Assert.Equal(3 * 784, pixels.Length);
        Assert.All(pixels.AsSpan(784, 784).ToArray(), p => Assert.Equal(IdxTestFiles.PixelOf(1), p));
    }

    [Fact]
    public void ReadsLabels()
    {
        using var temp = new TempFolder();
        var path = IdxTestFiles.WriteGzip(temp.Sub("labels.gz"), IdxTestFiles.LabelBytes([3, 1, 4, 1, 5, 9]));

        Assert.Equal([3, 1, 4, 1, 5, 9], IdxReader.ReadLabels(path));
    }

    [Fact]
    public void ReadsSplitWithMatchingCounts()
    {
        using var temp = new TempFolder();
        var images = IdxTestFiles.WriteGzip(temp.Sub("images.gz"), IdxTestFiles.ImageBytes(12));
        var labels = IdxTestFiles.WriteGzip(temp.Sub("labels.gz"), IdxTestFiles.LabelBytes(IdxTestFiles.CyclingLabels(12)));

        var split = IdxReader.ReadSplit(images, labels, "tiny");

        Assert.Equal(12, split.Count);
        Assert.Equal(IdxTestFiles.PixelOf(11), split.Image(11)[0]);
        Assert.Equal(1, split.Labels[11]);
    }

    [Fact]
    public void RejectsFlippedImageMagic()
    {
        using var temp = new TempFolder();
        var path = IdxTestFiles.WriteGzip(temp.Sub("images.gz"), IdxTestFiles.ImageBytes(2, magic: 0x00000802));

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadImages(path, "MNIST training images"));

        Assert.Contains(path, error.Message);
        Assert.Contains("has magic number 0x00000802, expected 0x00000803 (an IDX image file)", error.Message);
    }

    [Fact]
    public void RejectsImageFileGivenAsLabels()
    {
        using var temp = new TempFolder();
        var path = IdxTestFiles.WriteGzip(temp.Sub("images.gz"), IdxTestFiles.ImageBytes(2));

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadLabels(path));

        Assert.Contains("0x00000803, expected 0x00000801", error.Message);
    }

    [Fact]
    public void RejectsTruncatedContent()
    {
        using var temp = new TempFolder();
        var path = IdxTestFiles.WriteGzip(temp.Sub("images.gz"), IdxTestFiles.ImageBytes(4, declaredCount: 5));

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadImages(path, "MNIST training images"));

        Assert.Equal($"The MNIST training images file {path} is truncated: expected 3,936 bytes, found 3,152.", error.Message);
    }

    [Fact]
    public void RejectsTruncatedGzipFile()
    {
        using var temp = new TempFolder();
        var whole = IdxTestFiles.Gzip(IdxTestFiles.ImageBytes(40));
        var path = temp.Sub("images.gz");
        File.WriteAllBytes(path, whole[..(whole.Length / 2)]);

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void RejectsExtraBytes()
    {
        using var temp = new TempFolder();
        var path = IdxTestFiles.WriteGzip(temp.Sub("labels.gz"), IdxTestFiles.LabelBytes([1, 2, 3], declaredCount: 2));

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadLabels(path));

        Assert.Contains("longer than its header says", error.Message);
    }

    [Fact]
    public void RejectsFileThatIsNotGzip()
    {
        using var temp = new TempFolder();
        var path = temp.Sub("images.gz");
        File.WriteAllBytes(path, IdxTestFiles.ImageBytes(1));

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadImages(path));

        Assert.Contains($"{path} is not a gzip file", error.Message);
    }

    [Fact]
    public void RejectsEmptyFile()
    {
        using var temp = new TempFolder();
        var path = temp.Sub("images.gz");
        File.WriteAllBytes(path, []);

        Assert.Contains("is empty", Assert.Throws<DatasetException>(() => IdxReader.ReadImages(path)).Message);
    }

    [Fact]
    public void RejectsMissingFile()
    {
        using var temp = new TempFolder();
        var path = temp.Sub("nothing.gz");

        Assert.Contains($"{path} does not exist", Assert.Throws<DatasetException>(() => IdxReader.ReadImages(path)).Message);
    }

    [Fact]
    public void RejectsImagesThatAreNot28By28()
    {
        using var temp = new TempFolder();
        var path = IdxTestFiles.WriteGzip(temp.Sub("images.gz"), IdxTestFiles.ImageBytes(2, rows: 32, columns: 32));

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadImages(path));

        Assert.Contains("holds 32×32 images", error.Message);
    }

    [Fact]
    public void RejectsLabelAboveNine()
    {
        using var temp = new TempFolder();
        var path = IdxTestFiles.WriteGzip(temp.Sub("labels.gz"), IdxTestFiles.LabelBytes([1, 2, 12]));

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadLabels(path, "MNIST test labels"));

        Assert.Contains($"The MNIST test labels file {path} has label 12 at position 2", error.Message);
    }

    [Fact]
    public void RejectsImageAndLabelCountMismatch()
    {
        using var temp = new TempFolder();
        var images = IdxTestFiles.WriteGzip(temp.Sub("images.gz"), IdxTestFiles.ImageBytes(5));
        var labels = IdxTestFiles.WriteGzip(temp.Sub("labels.gz"), IdxTestFiles.LabelBytes(IdxTestFiles.CyclingLabels(4)));

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadSplit(images, labels, "MNIST test"));

        Assert.Contains($"{images} holds 5 images but the labels file {labels} holds 4 labels", error.Message);
    }

    [Fact]
    public void RejectsUnexpectedCount()
    {
        using var temp = new TempFolder();
        var path = IdxTestFiles.WriteGzip(temp.Sub("images.gz"), IdxTestFiles.ImageBytes(3));

        var error = Assert.Throws<DatasetException>(() => IdxReader.ReadImages(path, "MNIST test images", expectedCount: 10_000));

        Assert.Contains("holds 3 images, expected 10,000", error.Message);
    }
}
