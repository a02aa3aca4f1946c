using Netpicking.Core.Storage;

namespace Netpicking.Core.Campaigns;

public static class CampaignEstimate
{
    /// <summary>
    /// Time left at the pace so far: finished trainings per elapsed time (which already reflects how many
    /// workers run at once) applied to those still waiting or running. Null until one has finished.
    /// </summary>
    public static TimeSpan? Remaining(CampaignProgress progress, TimeSpan elapsed)
    {
        var left = progress.Queued + progress.Running;
        if (left == 0)
        {
            return TimeSpan.Zero;
        }

        var finished = progress.Done + progress.Failed;
        return finished == 0 ? null : elapsed * left / finished;
    }
}
