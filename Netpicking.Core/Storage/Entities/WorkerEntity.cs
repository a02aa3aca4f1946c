namespace Netpicking.Core.Storage.Entities;

/// <summary>
/// A process that trains (a <c>worker</c>, or the dashboard with training workers), as it announced itself.
/// The row outlives the process, so the Training page can show workers that stopped or disappeared.
/// </summary>
public sealed class WorkerEntity
{
    public int Id { get; set; }

    /// <summary>The worker's name as written into the trainings it runs (host:pid unless configured); unique.</summary>
    public string Name { get; set; } = "";

    public string Host { get; set; } = "";

    public int ProcessId { get; set; }

    /// <summary>Training jobs it runs at once.</summary>
    public int TrainingWorkers { get; set; }

    public int TorchThreads { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>Its last sign of life; a worker silent for longer than the lease has disappeared.</summary>
    public DateTime LastSeenAt { get; set; }

    /// <summary>Set when it shut down cleanly; null while it runs or after it vanished.</summary>
    public DateTime? StoppedAt { get; set; }
}
