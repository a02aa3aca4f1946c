using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class EpochOverEpochTests
{
    [Fact]
    public void FindsLateBloomersAndCollapses()
    {
        var result = EpochOverEpoch.Compute(AnalysisFixture.Snapshot(), movers: 2);

        // Changes e1 → e2: 0 +0.05, 1 +0.29, 2 +0.04, 3 −0.10, 4 +0.025; network 5 has no epoch 1, so no move.
        Assert.Equal([1, 0], result.Risers.Select(m => m.NetworkId));
        Assert.Equal(0.29, result.Risers[0].Change, 12);
        var collapse = Assert.Single(result.Fallers);
        Assert.Equal((3, 1, 2), (collapse.NetworkId, collapse.FromEpoch, collapse.ToEpoch));
        Assert.Equal(-0.10, collapse.Change, 12);
    }

    [Fact]
    public void BoxesPerFamilyPerEpochLeaveOutMissingEpochs()
    {
        var result = EpochOverEpoch.Compute(AnalysisFixture.Snapshot());

        // Conv2d at epoch 1: only 3 (0.90) and 4 (0.96); network 5 is missing there.
        var conv1 = result.Boxes.Single(b => b.Family == "Conv2d" && b.Epoch == 1);
        Assert.Equal(2, conv1.Stats.Count);
        Assert.Equal(0.93, conv1.Stats.Median, 12);
        Assert.Equal(3, result.Boxes.Single(b => b.Family == "Conv2d" && b.Epoch == 2).Stats.Count);
    }

    [Fact]
    public void TiesGiveNoMovers()
    {
        var result = EpochOverEpoch.Compute(EdgeSnapshots.AllTied());

        Assert.Empty(result.Risers);
        Assert.Empty(result.Fallers);
    }
}
