using Netpicking.Core.Training;

namespace Netpicking.Core.Campaigns;

/// <summary>The latest progress a training reported, for its heartbeat to write.</summary>
public sealed class LatestProgress : IProgress<TrainingProgress>
{
    private volatile TrainingProgress? latest;

    public TrainingProgress? Latest => latest;

    public void Report(TrainingProgress value) => latest = value;
}
