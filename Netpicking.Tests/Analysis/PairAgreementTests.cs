using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class PairAgreementTests
{
    [Fact]
    public void SplitsTheImagesByWhoIsRight()
    {
        // Network 0 answers 0 1 2 3 9 5 6 1 8 4 0 7, network 3 answers 0 1 2 3 9 3 6 3 8 4 0 7 (labels 0–9, 0, 1).
        // Both right: images 0 1 2 3 6 8 10; only 0: image 5; both wrong alike: 4 (9), 9 (4), 11 (7); wrong apart: 7 (1 vs 3).
        var pair = Agreement.Pair(AnalysisFixture.Snapshot(), 0, 3);

        Assert.Equal(new PairAgreement(0, 3, 12, BothRight: 7, OnlyFirstRight: 1, OnlySecondRight: 0, BothWrongSame: 3, BothWrongDifferent: 1), pair);
        Assert.Equal(10.0 / 12, pair.Rate, 12);
        Assert.Equal(Agreement.Between(AnalysisFixture.Snapshot(), 0, 3), pair.Rate, 12);
    }

    [Fact]
    public void OrderOfThePairSwapsWhoIsRightAlone()
    {
        // Network 5 is right wherever 0 is, and also on images 7, 9 and 11; both say 9 for the 4 of image 4.
        var forward = Agreement.Pair(AnalysisFixture.Snapshot(), 0, 5);
        var backward = Agreement.Pair(AnalysisFixture.Snapshot(), 5, 0);

        Assert.Equal((8, 0, 3, 1, 0), (forward.BothRight, forward.OnlyFirstRight, forward.OnlySecondRight, forward.BothWrongSame, forward.BothWrongDifferent));
        Assert.Equal((0, 3), (backward.OnlySecondRight, backward.OnlyFirstRight));
        Assert.Equal(forward.Rate, backward.Rate);
    }
}
