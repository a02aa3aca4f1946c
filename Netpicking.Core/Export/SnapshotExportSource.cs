using Netpicking.Core.Analysis;

namespace Netpicking.Core.Export;

/// <summary>
/// One scope's population for the snapshot CSV, with the test loss of every network and tested epoch, which the
/// analyses never need and so the snapshot does not carry. Losses are keyed by zoo id and name (ids repeat across
/// zoos) and epoch; a missing key or NaN is a loss the store does not have (a diverged network).
/// </summary>
public sealed record SnapshotExportSource(
    PopulationSnapshot Snapshot,
    IReadOnlyDictionary<(int NetworkId, string Name, int Epoch), double> TestLosses)
{
    public double TestLoss(PopulationNetwork network, int epoch) =>
        TestLosses.TryGetValue((network.Id, network.Name, epoch), out var loss) ? loss : double.NaN;
}
