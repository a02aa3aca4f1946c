namespace Netpicking.Core.Analysis;

/// <summary>The best network of the snapshot (by the scope's score) and its per-class percentiles.</summary>
public sealed record BestNetworkResult(int NetworkIndex, PopulationNetwork Network, double Score, IReadOnlyList<ClassPercentile> Classes)
{
    /// <summary>True when no network has a higher recall on any class.</summary>
    public bool BestEverywhere => Classes.All(c => c.BestOrTied);
}
