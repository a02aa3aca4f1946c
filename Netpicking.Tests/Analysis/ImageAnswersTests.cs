using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class ImageAnswersTests
{
    private static readonly int[] Good = [0, 2, 3, 4];
    private static readonly int[] All = [0, 1, 2, 3, 4, 5];

    [Fact]
    public void EveryNetworksAnswerToOneImage()
    {
        // Image 5 (label 5): networks 0–5 answer 5, 5, 5, 3, 3, 5.
        var answers = TestImageVotes.AnswersOf(AnalysisFixture.Snapshot(), 5);

        Assert.Equal((5, (byte)5), (answers.Image, answers.Truth));
        Assert.Equal(new byte[] { 5, 5, 5, 3, 3, 5 }, answers.Answers);
    }

    [Fact]
    public void VotesCountTheNetworksGiven()
    {
        var answers = TestImageVotes.AnswersOf(AnalysisFixture.Snapshot(), 5);

        var good = answers.Votes(Good);
        var all = answers.Votes(All);

        Assert.Equal((2, 2, 4), (good[5], good[3], good.Sum()));
        Assert.Equal((4, 2, 6), (all[5], all[3], all.Sum()));
        Assert.All(answers.Votes([]), v => Assert.Equal(0, v));
    }

    [Fact]
    public void RightAndWrongKeepTheOrderGiven()
    {
        var answers = TestImageVotes.AnswersOf(AnalysisFixture.Snapshot(), 5);

        Assert.Equal([5, 2, 1, 0], answers.Right([5, 4, 3, 2, 1, 0]));
        Assert.Equal([4, 3], answers.Wrong([5, 4, 3, 2, 1, 0]));
        Assert.Equal([3], answers.Wrong(Good.Take(3)));
    }

    [Fact]
    public void TopProbabilityIsTheLargestOfTheImagesTenProbabilities()
    {
        var snapshot = AnalysisFixture.Snapshot();

        // Network 0 answered 1 on image 7 with 0.55; network 1 is 0.6 sure of everything; the rest 0.9.
        Assert.Equal(new ClassProbability(1, 0.55f), TestImageVotes.TopProbability(snapshot, 0, 7));
        Assert.Equal(new ClassProbability(7, 0.6f), TestImageVotes.TopProbability(snapshot, 1, 1));
        Assert.Equal(new ClassProbability(3, 0.9f), TestImageVotes.TopProbability(snapshot, 4, 5));
    }

    [Fact]
    public void AnImageOutsideTheTestSetIsRefused()
    {
        var snapshot = AnalysisFixture.Snapshot();

        Assert.Throws<ArgumentOutOfRangeException>(() => TestImageVotes.AnswersOf(snapshot, 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => TestImageVotes.AnswersOf(snapshot, -1));
    }
}
