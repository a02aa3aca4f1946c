using System.Collections.Concurrent;

namespace Netpicking.Core.Data;

/// <summary>
/// Loads datasets into memory, once per process: every loader shares one cache keyed by the resolved
/// folder and dataset name, so a thousand training jobs share one copy (~55 MB for MNIST). A failed load
/// is not cached, so a repaired file is picked up on the next call.
/// </summary>
public sealed class DatasetLoader(DatasetLocator locator)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<LoadedDataset>>> Cache = new();

    /// <summary>Locates (see <see cref="DatasetLocator"/>) and loads the named dataset, or returns the shared copy.</summary>
    public async Task<LoadedDataset> LoadAsync(string name, CancellationToken cancellationToken = default)
    {
        var location = await locator.LocateAsync(name, cancellationToken);
        return await LoadFolderAsync(location.Info, location.Folder, cancellationToken);
    }

    /// <summary>
    /// The test labels alone (a few KB), for analyses: reading both splits would decompress 60,000 training images
    /// that a population snapshot never looks at. Uses the shared copy when the dataset is already loaded.
    /// </summary>
    public async Task<byte[]> LoadTestLabelsAsync(string name, CancellationToken cancellationToken = default)
    {
        var location = await locator.LocateAsync(name, cancellationToken);
        var fullFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(location.Folder));
        if (Cache.TryGetValue($"{location.Info.Name}|{fullFolder}", out var entry) && entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
        {
            return entry.Value.Result.Test.Labels;
        }

        var info = location.Info;
        return await Task.Run(
            () => IdxReader.ReadLabels(Path.Combine(fullFolder, info.Files.TestLabels.FileName), $"{info.DisplayName} test", info.TestCount),
            cancellationToken);
    }

    /// <summary>Loads <paramref name="info"/> from <paramref name="folder"/>, or returns the shared copy.</summary>
    public static async Task<LoadedDataset> LoadFolderAsync(DatasetInfo info, string folder, CancellationToken cancellationToken = default)
    {
        var fullFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var key = $"{info.Name}|{fullFolder}";
        var entry = Cache.GetOrAdd(key, _ => new Lazy<Task<LoadedDataset>>(() => Task.Run(() => ReadFolder(info, fullFolder))));
        try
        {
            // One caller's cancellation stops its wait, not the shared read other callers may be waiting for.
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            Cache.TryRemove(new KeyValuePair<string, Lazy<Task<LoadedDataset>>>(key, entry));
            throw;
        }
    }

    /// <summary>Reads both splits without the cache, checking every header, size and count against the registry.</summary>
    public static LoadedDataset ReadFolder(DatasetInfo info, string folder)
    {
        string PathOf(DatasetFile file) => Path.Combine(folder, file.FileName);

        var files = info.Files;
        var train = Task.Run(() => IdxReader.ReadSplit(
            PathOf(files.TrainImages), PathOf(files.TrainLabels), $"{info.DisplayName} training", info.TrainCount));
        // The test split is read on this thread while the training split decompresses on another.
        var test = IdxReader.ReadSplit(
            PathOf(files.TestImages), PathOf(files.TestLabels), $"{info.DisplayName} test", info.TestCount);
        // GetResult rethrows the DatasetException itself, not wrapped in an AggregateException.
        return new LoadedDataset(info, train.GetAwaiter().GetResult(), test, folder);
    }
}
