namespace Netpicking.Core.Storage;

/// <summary>
/// A created campaign. <paramref name="TrainingsToRun"/> are the queued trainings that need a job, and
/// <paramref name="NetworksToRun"/> their networks' ids in the zoo, in the same order; trainings already done or running
/// elsewhere are reused, not repeated.
/// </summary>
public sealed record CampaignLaunch(int CampaignId, IReadOnlyList<int> TrainingsToRun, int AlreadyDone, int AlreadyRunning, IReadOnlyList<int> NetworksToRun)
{
    public CampaignLaunch(int campaignId, IReadOnlyList<int> trainingsToRun, int alreadyDone, int alreadyRunning)
        : this(campaignId, trainingsToRun, alreadyDone, alreadyRunning, [])
    {
    }
}
