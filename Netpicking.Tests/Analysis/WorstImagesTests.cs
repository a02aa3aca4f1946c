using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class WorstImagesTests
{
    [Fact]
    public void OrdersAMistakeByHowManyOtherVotersGotTheImageRight()
    {
        // Conv2dReLU_3 (index 3) is wrong on images 4, 5, 7, 9 and 11. The other good networks (0, 2, 4) answered:
        // image 5 (a 5): 5, 5, 3 → 2/3 right; image 7 (a 7): 1, 2, 7 → 1/3; image 9 (a 9): 4, 4, 9 → 1/3;
        // image 4 (a 4): 9, 9, 9 → 0; image 11 (a 1): 7, 7, 7 → 0.
        var worst = WorstImages.Of(AnalysisFixture.Snapshot(), index: 3, voters: [0, 2, 3, 4], count: 4);

        Assert.Equal([5, 7, 9, 4], worst.Select(w => w.Image));
        Assert.Equal(2 / 3.0, worst[0].OthersRight, 12);
        Assert.Equal((5, 3), (worst[0].Truth, worst[0].Answer));
        Assert.Equal(0, worst[3].OthersRight);
    }

    [Fact]
    public void AMistakeTheWholePopulationSharesStillCountsWithNoOneRight()
    {
        // Conv2dTanh_5 (index 5) misses only image 4 (a 4), which every voter also called a 9.
        var worst = Assert.Single(WorstImages.Of(AnalysisFixture.Snapshot(), index: 5, voters: [0, 2, 3, 4]));

        Assert.Equal(new WorstImage(4, 4, 9, 0), worst);
    }
}
