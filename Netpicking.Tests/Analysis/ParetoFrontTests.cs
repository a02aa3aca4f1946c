using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class ParetoFrontTests
{
    [Fact]
    public void KeepsNetworksNoOtherBeatsOnBoth()
    {
        // (params, accuracy): 3 (5000, .80), 0 (7850, .90), 4 (9000, .985), 5 (9000, .995), 1 (20000, .99), 2 (30000, .99).
        // 3: cheapest; 0: better than all cheaper; 5 beats 4 at the same cost; 1 and 2 score below 5 for more.
        Assert.Equal([3, 0, 5], ParetoFront.Compute(AnalysisFixture.Snapshot(), CostKind.Params).Front);
        // Ops: 0 (4, .90); 3, 4, 5 (6) → 5 (.995); 1, 2 (8, .99) dominated.
        Assert.Equal([0, 5], ParetoFront.Compute(AnalysisFixture.Snapshot(), CostKind.Ops).Front);
    }

    [Fact]
    public void IdenticalNetworksAreAllOnTheFront()
    {
        Assert.Equal([0, 1, 2, 3], ParetoFront.Compute(EdgeSnapshots.AllTied(), CostKind.Params).Front);
        Assert.Empty(ParetoFront.Compute(EdgeSnapshots.Empty(), CostKind.Params).Front);
        Assert.Equal([0], ParetoFront.Compute(EdgeSnapshots.Single(), CostKind.Memory).Front);
    }
}
