namespace Netpicking.Core.Storage;

/// <summary>
/// A created campaign. <paramref name="TrainingsToRun"/> are the queued trainings that need a job;
/// trainings already done or running elsewhere are reused, not repeated.
/// </summary>
public sealed record CampaignLaunch(int CampaignId, IReadOnlyList<int> TrainingsToRun, int AlreadyDone, int AlreadyRunning);
