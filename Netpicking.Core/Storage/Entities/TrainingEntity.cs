using Netpicking.Core.Training;

namespace Netpicking.Core.Storage.Entities;

/// <summary>
/// One network trained under one run settings on one dataset. The triple is unique, so campaigns that
/// overlap share the training instead of repeating it.
/// </summary>
public sealed class TrainingEntity
{
    public int Id { get; set; }

    public int NetworkId { get; set; }

    public NetworkEntity? Network { get; set; }

    public int RunSettingsId { get; set; }

    public RunSettingsEntity? RunSettings { get; set; }

    public int DatasetId { get; set; }

    public DatasetEntity? Dataset { get; set; }

    public TrainingStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? ErrorMessage { get; set; }

    public string? Device { get; set; }

    public int? Threads { get; set; }

    public string? LibraryVersion { get; set; }

    public string? WorkerName { get; set; }

    /// <summary>The compute path it ran on (<c>onednn-off+mkl-intel</c>, …), and each convolution's method.</summary>
    public string? ComputePath { get; set; }

    /// <summary>Seconds spent encoding and writing its epochs (alongside training, so not all of it adds to the elapsed time).</summary>
    public double? StoreSeconds { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public DateTime? LastHeartbeatAt { get; set; }

    /// <summary>Live progress, written with the heartbeat so every process (and the Training page) sees it.</summary>
    public int? ProgressEpoch { get; set; }

    public int? ProgressBatch { get; set; }

    public int? ProgressBatches { get; set; }

    public double? ProgressLoss { get; set; }

    public List<CampaignTrainingEntity> Campaigns { get; set; } = [];
}
