using System.Collections.Concurrent;
using Netpicking.Core.Data;

namespace Netpicking.Core.Training;

/// <summary>
/// Each dataset as tensors, built once per process and shared by every job (docs/engineering.md#one-tensor-per-dataset);
/// a failed load is not cached, so a fixed file is picked up by the next job.
/// </summary>
public sealed class TrainingDataCache(DatasetLoader loader) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TrainingData>>> datasets = new();

    public async Task<TrainingData> GetAsync(string dataset, CancellationToken cancellationToken)
    {
        var entry = datasets.GetOrAdd(dataset, name => new Lazy<Task<TrainingData>>(() => LoadAsync(name)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            datasets.TryRemove(new KeyValuePair<string, Lazy<Task<TrainingData>>>(dataset, entry));
            throw;
        }
    }

    /// <summary>The training indices for the run settings: all images, or the seeded class-balanced subset.</summary>
    public static long[] TrainIndices(LoadedDataset dataset, RunSettings settings) =>
        settings.TrainSize is { } size && size < dataset.Train.Count
            ? dataset.Train.BalancedSubsetIndices(size, settings.Seed).Select(i => (long)i).ToArray()
            : Enumerable.Range(0, dataset.Train.Count).Select(i => (long)i).ToArray();

    private async Task<TrainingData> LoadAsync(string name)
    {
        var loaded = await loader.LoadAsync(name, CancellationToken.None);
        return TrainingData.Create(loaded);
    }

    public void Dispose()
    {
        foreach (var entry in datasets.Values.Where(e => e.IsValueCreated && e.Value.IsCompletedSuccessfully))
        {
            entry.Value.Result.Dispose();
        }
    }
}
