using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Core.Campaigns;

/// <summary>A training this process holds the lease on: what it trains, and its heartbeat and cancellation while it does.</summary>
internal sealed class RunningTraining(
    TrainingJob job, CancellationTokenSource cancellation, CancellationTokenSource heartbeat, Task beating, Action unregister) : IAsyncDisposable
{
    private NetworkJob? network;

    public int Id => job.TrainingId;

    public string NetworkName => job.NetworkName;

    public NetworkJob Job => network ?? throw new InvalidOperationException($"Training {Id} has not been prepared.");

    public TrainingRequest Request => Job.Request;

    /// <summary>Seconds its epochs took to encode and write.</summary>
    public double? StoreSeconds => (network?.Sink as StoreSink)?.Seconds;

    public void Begin(NetworkJob prepared) => network = prepared;

    public async ValueTask DisposeAsync()
    {
        await heartbeat.CancelAsync();
        await beating;
        heartbeat.Dispose();
        unregister();
        cancellation.Dispose();
    }
}
