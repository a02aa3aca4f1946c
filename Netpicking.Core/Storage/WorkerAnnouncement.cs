namespace Netpicking.Core.Storage;

/// <summary>What a worker says about itself when it starts.</summary>
public sealed record WorkerAnnouncement(string Name, string Host, int ProcessId, int TrainingWorkers, int TorchThreads);
