namespace Netpicking.Core.Storage;

/// <summary>
/// The lease a worker holds on a running training: it lasts while the worker's heartbeats keep coming. A running training
/// whose last heartbeat is older than <see cref="Timeout"/> is taken to be dead (its process was killed), so another run
/// may take it and the stale re-queue puts it back on the queue.
/// </summary>
public static class TrainingLease
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Heartbeats before this instant no longer hold a lease at <paramref name="now"/>.</summary>
    public static DateTime StaleBefore(DateTime now) => now - Timeout;

    /// <summary>Whether a running training last heard from at <paramref name="lastHeartbeat"/> has lost its lease.</summary>
    public static bool HasExpired(DateTime? lastHeartbeat, DateTime now) => lastHeartbeat is not { } beat || beat < StaleBefore(now);
}
