using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class DisagreementsTests
{
    [Fact]
    public void ListsTheImagesWhereAnswersDifferAndWhoWasRight()
    {
        // Labels 0 1 2 3 4 5 6 7 8 9 0 1; network 0 says 0 1 2 3 9 5 6 1 8 4 0 7, network 1 says 0 7 2 3 9 5 6 7 8 9 0 1.
        // They differ on 1 (0 right), 7 (1 right), 9 (1 right), 11 (1 right); they agree and are right on 0 2 3 5 6 8 10,
        // and agree wrongly on 4 (both 9).
        var result = Disagreements.Compute(AnalysisFixture.Snapshot(), [0, 1]);

        Assert.Equal([1, 7, 9, 11], result.Images);
        Assert.Equal([1, 3], result.RightOnDisagreements);
        Assert.Equal([1, 3], result.OnlyRight);
        Assert.Equal(7, result.AgreeRight);
        Assert.Equal(1, result.AgreeWrong);
    }

    [Fact]
    public void WithThreeNetworksOnlyRightCountsLoneWinners()
    {
        // Network 2 says 0 1 2 3 9 5 6 2 8 4 0 7. With 0 and 1: differ on 1 (0 and 2 right), 7 (1 only), 9 (1 only),
        // 11 (1 only); image 4 all say 9 (agree, wrong).
        var result = Disagreements.Compute(AnalysisFixture.Snapshot(), [0, 1, 2]);

        Assert.Equal([1, 7, 9, 11], result.Images);
        Assert.Equal([1, 3, 1], result.RightOnDisagreements);
        Assert.Equal([0, 3, 0], result.OnlyRight);
        Assert.Equal(1, result.AgreeWrong);
    }

    [Fact]
    public void EveryPairIsTestedOnTheImagesExactlyOneOfThemGetsRight()
    {
        var result = Disagreements.Compute(AnalysisFixture.Snapshot(), [0, 1, 2]);

        // 0 against 1: 0 alone right on image 1, 1 alone on 7, 9 and 11. 0 and 2 are both wrong on 4, 7, 9, 11: no image
        // between them. 1 against 2: 1 alone on 7, 9, 11, 2 alone on 1.
        Assert.Equal([(0, 1, 1, 3), (0, 2, 0, 0), (1, 2, 3, 1)], result.Pairs.Select(p => (p.First, p.Second, p.Test.FirstOnly, p.Test.SecondOnly)));
        Assert.Equal(1, result.Pairs[1].Test.MidP);
    }
}
