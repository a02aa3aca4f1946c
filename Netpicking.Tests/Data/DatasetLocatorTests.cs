using Netpicking.Core.Data;

namespace Netpicking.Tests.Data;

public class DatasetLocatorTests
{
    private static readonly Uri MirrorA = new("https://a.example/tiny/");
    private static readonly Uri MirrorB = new("https://b.example/tiny/");

    [Fact]
    public async Task ConfiguredFolderBeatsEnvironmentAndDataFolder()
    {
        using var temp = new TempFolder();
        WriteAllThree(temp);

        var location = await Locator(temp, configured: true, environment: true).LocateAsync("tiny", TestContext.Current.CancellationToken);

        Assert.Equal(DatasetSource.ConfiguredFolder, location.Source);
        Assert.Equal(temp.Sub("configured", "tiny"), location.Folder);
    }

    [Fact]
    public async Task EnvironmentBeatsDataFolder()
    {
        using var temp = new TempFolder();
        WriteAllThree(temp);

        var location = await Locator(temp, configured: false, environment: true).LocateAsync("tiny", TestContext.Current.CancellationToken);

        Assert.Equal(DatasetSource.EnvironmentVariable, location.Source);
        Assert.Equal(temp.Sub("env", "tiny"), location.Folder);
    }

    [Fact]
    public async Task DataFolderIsUsedLast()
    {
        using var temp = new TempFolder();
        WriteAllThree(temp);

        var location = await Locator(temp, configured: false, environment: false).LocateAsync("tiny", TestContext.Current.CancellationToken);

        Assert.Equal(DatasetSource.DataFolder, location.Source);
        Assert.Equal(temp.Sub("data", "tiny"), location.Folder);
    }

    [Fact]
    public async Task FolderMissingAFileIsSkipped()
    {
        using var temp = new TempFolder();
        WriteAllThree(temp);
        File.Delete(temp.Sub("configured", "tiny", DatasetFiles.TestLabelsName));

        var location = await Locator(temp, configured: true, environment: true).LocateAsync("tiny", TestContext.Current.CancellationToken);

        Assert.Equal(DatasetSource.EnvironmentVariable, location.Source);
    }

    [Fact]
    public async Task NotFoundErrorListsEveryPlaceSearched()
    {
        using var temp = new TempFolder();
        IdxTestFiles.WriteDataset(temp.Sub("configured", "tiny"));
        File.Delete(temp.Sub("configured", "tiny", DatasetFiles.TrainLabelsName));

        var error = await Assert.ThrowsAsync<DatasetException>(
            () => Locator(temp, configured: true, environment: true).LocateAsync("tiny", TestContext.Current.CancellationToken));

        Assert.Contains($"{temp.Sub("configured", "tiny")} lacks {DatasetFiles.TrainLabelsName}", error.Message);
        Assert.Contains($"NETPICKING_DATASETS: {temp.Sub("env", "tiny")} does not exist", error.Message);
        Assert.Contains($"data folder: {temp.Sub("data", "tiny")} does not exist", error.Message);
        Assert.Contains("download from https://a.example/tiny/, https://b.example/tiny/: not allowed", error.Message);
    }

    [Fact]
    public async Task DownloadVerifiesAndRenamesGoodFilesIntoPlace()
    {
        using var temp = new TempFolder();
        var files = IdxTestFiles.DatasetFiles();
        var handler = new FakeMirrorHandler(url => url.Host == "a.example" ? null : files[url.Segments[^1]]);

        var location = await Locator(temp, allowDownload: true, handler: handler).LocateAsync("tiny", TestContext.Current.CancellationToken);

        Assert.Equal(DatasetSource.Downloaded, location.Source);
        Assert.Equal(temp.Sub("data", "tiny"), location.Folder);
        Assert.Equal(files.Keys.Order(), Directory.GetFiles(location.Folder).Select(Path.GetFileName).Order());
        Assert.Equal(files[DatasetFiles.TrainImagesName], File.ReadAllBytes(Path.Combine(location.Folder, DatasetFiles.TrainImagesName)));
        Assert.Contains(new Uri(MirrorB, DatasetFiles.TestLabelsName), handler.Requests);

        var loaded = await DatasetLoader.LoadFolderAsync(location.Info, location.Folder, TestContext.Current.CancellationToken);
        Assert.Equal(30, loaded.Train.Count);
    }

    [Fact]
    public async Task DownloadWithBadBytesLeavesNothingBehind()
    {
        using var temp = new TempFolder();
        var files = IdxTestFiles.DatasetFiles();
        var handler = new FakeMirrorHandler(url =>
        {
            var bytes = (byte[])files[url.Segments[^1]].Clone();
            if (url.Segments[^1] == DatasetFiles.TestImagesName)
            {
                bytes[^5] ^= 0xFF; // Same size, different MD5.
            }

            return bytes;
        });

        var error = await Assert.ThrowsAsync<DatasetException>(
            () => Locator(temp, allowDownload: true, handler: handler).LocateAsync("tiny", TestContext.Current.CancellationToken));

        Assert.Contains("has MD5", error.Message);
        Assert.Contains(DatasetFiles.TestImagesName, error.Message);
        Assert.False(File.Exists(temp.Sub("data", "tiny", DatasetFiles.TestImagesName)));
        Assert.Empty(Directory.GetFiles(temp.Sub("data", "tiny"), "*.part", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(temp.Sub("data", "tiny"), ".*"));
    }

    [Fact]
    public async Task DownloadCutShortLeavesNothingBehind()
    {
        using var temp = new TempFolder();
        var files = IdxTestFiles.DatasetFiles();
        var handler = new FakeMirrorHandler(url => files[url.Segments[^1]][..10]);

        await Assert.ThrowsAsync<DatasetException>(
            () => Locator(temp, allowDownload: true, handler: handler).LocateAsync("tiny", TestContext.Current.CancellationToken));

        Assert.Empty(Directory.GetFiles(temp.Sub("data", "tiny")));
    }

    private static void WriteAllThree(TempFolder temp)
    {
        IdxTestFiles.WriteDataset(temp.Sub("configured", "tiny"));
        IdxTestFiles.WriteDataset(temp.Sub("env", "tiny"));
        IdxTestFiles.WriteDataset(temp.Sub("data", "tiny"));
    }

    private static DatasetLocator Locator(
        TempFolder temp, bool configured = false, bool environment = false, bool allowDownload = false, FakeMirrorHandler? handler = null)
    {
        var options = new DataOptions
        {
            DatasetsFolder = configured ? temp.Sub("configured") : null,
            DataFolder = temp.Sub("data"),
            AllowDownload = allowDownload,
        };
        var registry = new DatasetRegistry(options, [IdxTestFiles.TinyInfo("tiny", 30, 20, MirrorA, MirrorB)]);
        var downloader = new DatasetDownloader(new HttpClient(handler ?? new FakeMirrorHandler(_ => null)));
        return new DatasetLocator(
            options,
            registry,
            downloader,
            name => name == DataOptions.EnvironmentVariable && environment ? temp.Sub("env") : null);
    }
}
