namespace Netpicking.Core.Storage;

/// <summary>
/// Where and how a training runs, recorded with it (docs/product.md#what-is-kept: device, threads, library version), and the compute
/// path: oneDNN and MKL's code path, and how its convolutions computed.
/// </summary>
public sealed record RunEnvironment(string Device, int Threads, string LibraryVersion, string WorkerName, string? ComputePath = null);
