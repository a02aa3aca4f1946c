namespace Netpicking.Core.Storage;

/// <summary>Where one network's training for one scope (run settings × dataset) stands.</summary>
public enum TrainingStatus
{
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,
}
