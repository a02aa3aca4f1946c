using System.Buffers.Binary;
using Netpicking.Core.Data;

namespace Netpicking.Tests.Data;

public class DatasetLoaderTests
{
    [Fact]
    public async Task LoadsRealMnist()
    {
        var mnist = await LoadReal("mnist");

        Assert.Equal(60_000, mnist.Train.Count);
        Assert.Equal(10_000, mnist.Test.Count);
        Assert.Equal(60_000 * 784, mnist.Train.Pixels.Length);
        Assert.Equal([5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949], mnist.Train.ClassCounts());
        Assert.Equal([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009], mnist.Test.ClassCounts());
        Assert.Equal(5, mnist.Train.Labels[0]);
        Assert.Equal(7, mnist.Test.Labels[0]);
    }

    [Fact]
    public async Task LoadsRealFashionMnist()
    {
        var fashion = await LoadReal("fashion-mnist");

        Assert.All(fashion.Train.ClassCounts(), count => Assert.Equal(6_000, count));
        Assert.All(fashion.Test.ClassCounts(), count => Assert.Equal(1_000, count));
    }

    [Fact]
    public async Task FashionMnistNormalisationMatchesTrainingSet()
    {
        var pixels = (await LoadReal("fashion-mnist")).Train.Pixels;
        double sum = 0, sumOfSquares = 0;
        foreach (var pixel in pixels)
        {
            var x = pixel / 255.0;
            sum += x;
            sumOfSquares += x * x;
        }

        var mean = sum / pixels.Length;
        var std = Math.Sqrt((sumOfSquares / pixels.Length) - (mean * mean));

        Assert.Equal(DatasetRegistry.FashionMnist.Normalisation.Mean, mean, 0.00005);
        Assert.Equal(DatasetRegistry.FashionMnist.Normalisation.Std, std, 0.00005);
    }

    [Fact]
    public async Task SharesOneCopyPerProcess()
    {
        var first = await LoadReal("mnist");
        var second = await new DatasetLoader(LocatorFor(TestDatasets.Folder("mnist"))).LoadAsync("mnist", TestContext.Current.CancellationToken);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task LoadsConcurrentlyOnce()
    {
        using var temp = new TempFolder();
        IdxTestFiles.WriteDataset(temp.Sub("tiny"));
        var info = IdxTestFiles.TinyInfo();

        var loads = await Task.WhenAll(Enumerable.Range(0, 8).Select(
            _ => Task.Run(() => DatasetLoader.LoadFolderAsync(info, temp.Sub("tiny"), TestContext.Current.CancellationToken))));

        Assert.All(loads, loaded => Assert.Same(loads[0], loaded));
    }

    [Fact]
    public async Task RejectsTruncatedCopy()
    {
        using var temp = new TempFolder();
        var folder = TestDatasets.CopyOf("mnist", temp);
        var path = Path.Combine(folder, DatasetFiles.TrainImagesName);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..1_000_000]);

        var error = await Assert.ThrowsAsync<DatasetException>(
            () => DatasetLoader.LoadFolderAsync(DatasetRegistry.Mnist, folder, TestContext.Current.CancellationToken));

        Assert.StartsWith($"The MNIST training images file {path} is truncated: expected 47,040,016 bytes, found ", error.Message);
    }

    [Fact]
    public async Task RejectsFlippedMagicNumber()
    {
        using var temp = new TempFolder();
        var folder = TestDatasets.CopyOf("mnist", temp);
        var path = Path.Combine(folder, DatasetFiles.TestImagesName);
        var raw = IdxTestFiles.Gunzip(path);
        BinaryPrimitives.WriteInt32BigEndian(raw, 0x00000802);
        IdxTestFiles.WriteGzip(path, raw);

        var error = await Assert.ThrowsAsync<DatasetException>(
            () => DatasetLoader.LoadFolderAsync(DatasetRegistry.Mnist, folder, TestContext.Current.CancellationToken));

        Assert.Equal(
            $"The MNIST test images file {path} has magic number 0x00000802, expected 0x00000803 (an IDX image file).",
            error.Message);
    }

    [Fact]
    public async Task RejectsLabelsThatDoNotMatchImages()
    {
        using var temp = new TempFolder();
        var folder = TestDatasets.CopyOf("mnist", temp);
        var path = Path.Combine(folder, DatasetFiles.TestLabelsName);
        var raw = IdxTestFiles.Gunzip(path);
        BinaryPrimitives.WriteInt32BigEndian(raw.AsSpan(4), 9_999);
        IdxTestFiles.WriteGzip(path, raw[..^1]);

        var error = await Assert.ThrowsAsync<DatasetException>(
            () => DatasetLoader.LoadFolderAsync(DatasetRegistry.Mnist, folder, TestContext.Current.CancellationToken));

        Assert.Equal($"The MNIST test labels file {path} holds 9,999 labels, expected 10,000.", error.Message);
    }

    [Fact]
    public async Task FailedLoadIsNotCached()
    {
        using var temp = new TempFolder();
        var info = IdxTestFiles.TinyInfo();
        IdxTestFiles.WriteDataset(temp.Sub("tiny"));
        File.WriteAllBytes(temp.Sub("tiny", DatasetFiles.TestLabelsName), [1, 2, 3]);

        await Assert.ThrowsAsync<DatasetException>(() => DatasetLoader.LoadFolderAsync(info, temp.Sub("tiny"), TestContext.Current.CancellationToken));
        IdxTestFiles.WriteDataset(temp.Sub("tiny"));
        var loaded = await DatasetLoader.LoadFolderAsync(info, temp.Sub("tiny"), TestContext.Current.CancellationToken);

        Assert.Equal(20, loaded.Test.Count);
    }

    private static Task<LoadedDataset> LoadReal(string name) =>
        new DatasetLoader(LocatorFor(TestDatasets.Folder(name))).LoadAsync(name, TestContext.Current.CancellationToken);

    private static DatasetLocator LocatorFor(string datasetFolder)
    {
        var options = new DataOptions { DatasetsFolder = Path.GetDirectoryName(datasetFolder), DataFolder = Path.GetTempPath() };
        return new DatasetLocator(options, new DatasetRegistry(options), environment: _ => null);
    }
}
