namespace Netpicking.Core.Storage;

public enum CampaignState
{
    Active,
    Cancelled,
    Completed,
}
