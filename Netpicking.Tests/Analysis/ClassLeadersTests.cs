using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class ClassLeadersTests
{
    [Fact]
    public void EachClassNamesItsHighestRecallWithTiesToTheLowestId()
    {
        var leaders = ClassLeaders.Find(AnalysisFixture.Snapshot());

        Assert.Equal(10, leaders.Count);
        // Class 0: networks 2 and 5 tie at 0.99 → id 2.
        Assert.Equal((2, 0.99), (leaders[0].NetworkIndex, Math.Round(leaders[0].Recall, 6)));
        // Class 1: network 4 has 1.0.
        Assert.Equal((4, 1.0), (leaders[1].NetworkIndex, leaders[1].Recall));
        // Class 3: the best network drops to 0.90, networks 0–4 tie at 0.95 → id 0.
        Assert.Equal((0, 0.95), (leaders[3].NetworkIndex, Math.Round(leaders[3].Recall, 6)));
        // Elsewhere the best network's 0.99 leads.
        Assert.All(leaders.Where(l => l.Class is not (0 or 1 or 3)), l => Assert.Equal(5, l.NetworkIndex));
    }

    [Fact]
    public void AgreesWithTheBestNetworksPercentiles()
    {
        var snapshot = AnalysisFixture.Snapshot();
        var best = BestNetwork.Find(snapshot)!;
        var leaders = ClassLeaders.Find(snapshot);

        // Where the best network is best or tied, the leader's recall is its own; elsewhere someone has more.
        foreach (var c in best.Classes)
        {
            Assert.Equal(c.BestOrTied, leaders[c.Class].Recall <= c.Recall);
        }
    }

    [Fact]
    public void CountsTheNetworksAboveOnEachClass()
    {
        var snapshot = AnalysisFixture.Snapshot();
        var best = BestNetwork.Find(snapshot)!;

        var above = ClassLeaders.CountAbove(snapshot, best.NetworkIndex);

        // Class 0: network 2 ties at 0.99 (not above); class 1: network 4's 1.0; class 3: the five others' 0.95 > 0.90.
        Assert.Equal([0, 1, 0, 5, 0, 0, 0, 0, 0, 0], above);
        // The complement of the percentile: networks at or below + networks above = all of them.
        Assert.All(best.Classes, c => Assert.Equal(snapshot.NetworkCount, c.Percentile / 100 * snapshot.NetworkCount + above[c.Class], 9));
    }

    [Fact]
    public void NoNetworksNoLeaders() => Assert.Empty(ClassLeaders.Find(EdgeSnapshots.Empty()));
}
