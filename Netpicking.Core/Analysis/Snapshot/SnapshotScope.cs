namespace Netpicking.Core.Analysis;

/// <summary>
/// What a population snapshot shows: results of one dataset under one run settings, at one tested
/// epoch, judged by one score (docs/metrics.md#the-snapshot-scope).
/// </summary>
public sealed record SnapshotScope(string Dataset, string RunSettings, int Epoch, ScoreSelector Score)
{
    public SnapshotScope(string dataset, string runSettings, int epoch)
        : this(dataset, runSettings, epoch, ScoreSelector.Accuracy)
    {
    }

    /// <summary>The key that tells snapshots apart in rankings and exports.</summary>
    public string Key => $"{Dataset}/{RunSettings}/{Epoch}";
}
