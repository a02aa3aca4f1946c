namespace Netpicking.Core.Storage;

/// <summary>Where and how a training runs, recorded with it (product.md 3: device, threads, library version).</summary>
public sealed record RunEnvironment(string Device, int Threads, string LibraryVersion, string WorkerName);
