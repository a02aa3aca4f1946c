namespace Netpicking.Core.Storage;

public sealed record CampaignProgress(int Queued, int Running, int Done, int Failed, int Cancelled)
{
    public static CampaignProgress Empty { get; } = new(0, 0, 0, 0, 0);

    public int Total => Queued + Running + Done + Failed + Cancelled;
}
