using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class NetworkImagesTests
{
    [Fact]
    public void WrongImagesAreWhereTheAnswerIsNotTheLabel()
    {
        var snapshot = AnalysisFixture.Snapshot();

        // Network 0 answers 0 1 2 3 9 5 6 1 8 4 0 7 for labels 0 1 2 3 4 5 6 7 8 9 0 1.
        Assert.Equal([4, 7, 9, 11], NetworkImages.Wrong(snapshot, 0));
        // Network 1 answers 0 7 2 3 9 5 6 7 8 9 0 1.
        Assert.Equal([1, 4], NetworkImages.Wrong(snapshot, 1));
    }

    [Fact]
    public void ACellHoldsTheImagesOfOneTrueClassGivenOneAnswer()
    {
        var snapshot = AnalysisFixture.Snapshot();

        Assert.Equal([4], NetworkImages.InCell(snapshot, 0, trueClass: 4, predicted: 9));
        Assert.Equal([11], NetworkImages.InCell(snapshot, 0, trueClass: 1, predicted: 7));
        Assert.Equal([1], NetworkImages.InCell(snapshot, 1, trueClass: 1, predicted: 7));
        // The diagonal: both images of class 0 answered 0.
        Assert.Equal([0, 10], NetworkImages.InCell(snapshot, 0, trueClass: 0, predicted: 0));
        Assert.Empty(NetworkImages.InCell(snapshot, 0, trueClass: 4, predicted: 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkImages.InCell(snapshot, 0, trueClass: 10, predicted: 0));
    }
}
