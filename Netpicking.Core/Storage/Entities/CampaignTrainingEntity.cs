namespace Netpicking.Core.Storage.Entities;

/// <summary>Membership of a training in a campaign; a training can belong to several campaigns.</summary>
public sealed class CampaignTrainingEntity
{
    public int CampaignId { get; set; }

    public CampaignEntity? Campaign { get; set; }

    public int TrainingId { get; set; }

    public TrainingEntity? Training { get; set; }
}
