using System.Collections.Concurrent;
using Netpicking.Core.Campaigns;

namespace Netpicking.Tests.Reliability;

/// <summary>A job queue that only records: the test runs each training itself, in the order it chooses.</summary>
internal sealed class RecordingScheduler : ITrainingScheduler
{
    public ConcurrentQueue<int> Enqueued { get; } = new();

    public void Enqueue(int trainingId) => Enqueued.Enqueue(trainingId);
}
