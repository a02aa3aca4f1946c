namespace Netpicking.Core.Storage;

/// <summary>What became of a worker: still beating, shut down cleanly, or silent (killed, machine lost).</summary>
public enum WorkerState
{
    Live,
    Stopped,
    Disappeared,
}
