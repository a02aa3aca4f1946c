namespace Netpicking.Core.Campaigns;

/// <summary>
/// A training put on the job queue: its id, the network's name, and the campaign that launched it, or null when it was
/// put back after its worker vanished (it may then belong to several campaigns).
/// </summary>
public sealed record TrainingTicket(int TrainingId, string NetworkName, int? CampaignId)
{
    /// <summary>What the job list says about where the training came from.</summary>
    public string Origin => CampaignId is { } id ? $"campaign {id}" : $"training {TrainingId}, put back after its worker vanished";
}
