using System.Collections.Concurrent;

namespace Netpicking.Core.Campaigns;

/// <summary>
/// The trainings running in this process, so that cancelling a campaign stops them within one batch
/// instead of waiting for the next heartbeat.
/// </summary>
public sealed class TrainingCancellations
{
    private readonly ConcurrentDictionary<int, CancellationTokenSource> running = new();

    public CancellationTokenSource Register(int trainingId, CancellationToken jobToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(jobToken);
        running[trainingId] = source;
        return source;
    }

    public void Unregister(int trainingId, CancellationTokenSource source) =>
        running.TryRemove(new KeyValuePair<int, CancellationTokenSource>(trainingId, source));

    public void Cancel(IEnumerable<int> trainingIds)
    {
        foreach (var id in trainingIds)
        {
            if (running.TryGetValue(id, out var source))
            {
                source.Cancel();
            }
        }
    }
}
