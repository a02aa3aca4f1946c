using Netpicking.Core.Zoo;

namespace Netpicking.Core.Analysis;

/// <summary>
/// What a population snapshot shows: results of one zoo's networks on one dataset under one run settings, at one tested
/// epoch, judged by one score (docs/metrics.md#the-snapshot-scope). The zoo is part of it because network ids are unique
/// only within a zoo.
/// </summary>
public sealed record SnapshotScope(string Zoo, string Dataset, string RunSettings, int Epoch, ScoreSelector Score)
{
    public SnapshotScope(string zoo, string dataset, string runSettings, int epoch)
        : this(zoo, dataset, runSettings, epoch, ScoreSelector.Accuracy)
    {
    }

    /// <summary>A scope of the default zoo, the one a scope that names no zoo means.</summary>
    public SnapshotScope(string dataset, string runSettings, int epoch)
        : this(ZooCatalog.DefaultZooName, dataset, runSettings, epoch, ScoreSelector.Accuracy)
    {
    }

    /// <summary>The key that tells snapshots apart in rankings, exports and caches.</summary>
    public string Key => $"{Zoo}/{Dataset}/{RunSettings}/{Epoch}";
}
