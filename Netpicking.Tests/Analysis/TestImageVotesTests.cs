using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class TestImageVotesTests
{
    private static ImageVotesResult GoodVotes()
    {
        var snapshot = AnalysisFixture.Snapshot();
        return TestImageVotes.Compute(snapshot, GoodAndGold.Classify(snapshot).GoodIndices);
    }

    [Fact]
    public void SharesCountTheGoodNetworksOnly()
    {
        var votes = GoodVotes();

        // Voters 0, 2, 3, 4. Image 5 (label 5): answers 5, 5, 3, 3 → 2/4 each. Image 9: 4, 4, 4, 9 → 0.75 / 0.25.
        Assert.Equal(4, votes.VoterCount);
        Assert.Equal(0.5, votes.Share(5, 5));
        Assert.Equal(0.5, votes.Share(5, 3));
        Assert.Equal(0.75, votes.Share(9, 4));
        Assert.Equal(0.25, votes.Share(9, 9));
        // Network 1's wrong 7 on image 1 is not a vote: it is not good.
        Assert.Equal(1.0, votes.Share(1, 1));
    }

    [Fact]
    public void TheVoteSaysHowManyVoteAndHowAccurateTheyAre()
    {
        var strength = GoodVotes().Strength;

        // Voters 0, 2, 3, 4 with accuracies 0.90, 0.99, 0.80, 0.985 at epoch 2: sorted 0.80 0.90 0.985 0.99, median
        // (0.90 + 0.985) / 2 = 0.9425, lowest 0.80. Four voters are too few: the vote is weak.
        Assert.Equal(4, strength.Voters);
        Assert.Equal(0.9425, strength.MedianAccuracy, 12);
        Assert.Equal(0.80, strength.MinAccuracy, 12);
        Assert.False(strength.EnoughVoters);
        Assert.False(strength.AccurateEnough);
        Assert.False(strength.Strong);
    }

    [Theory]
    [InlineData(20, 0.97, true)]
    [InlineData(19, 0.99, false)] // too few voters however good
    [InlineData(500, 0.969, false)] // many voters, but each makes over 300 mistakes in 10,000
    [InlineData(12, 0.86, false)] // the report's 12 weak quick-trained networks
    public void AVoteIsStrongWithEnoughAccurateVoters(int voters, double median, bool strong) =>
        Assert.Equal(strong, new VoteStrength(voters, median, median).Strong);

    [Fact]
    public void WithoutVotersThereIsNoAccuracy()
    {
        var snapshot = AnalysisFixture.Snapshot();
        var strength = TestImageVotes.Compute(snapshot, []).Strength;

        Assert.Equal(0, strength.Voters);
        Assert.True(double.IsNaN(strength.MedianAccuracy));
        Assert.False(strength.Strong);
    }

    [Fact]
    public void SortsImagesIntoEasyWeirdAndConfusing()
    {
        var votes = GoodVotes();

        // Easy: all four right on 0, 1, 2, 3, 8, 10.
        Assert.Equal([0, 1, 2, 3, 8, 10], votes.Easy);
        // Weird: image 4 (label 4, all say 9: every network is wrong there) and image 11 (label 1, all say 7).
        Assert.Equal([4, 11], votes.Weird);
        // Confusing: image 5 (top share 0.5 is not above 50 %) and image 7 (1, 2, 3, 7: top 0.25).
        Assert.Equal([5, 7], votes.Confusing);
    }

    [Fact]
    public void ThresholdsAreParameters()
    {
        var snapshot = AnalysisFixture.Snapshot();

        // With the confusing bar at 0.4, image 5 (top 0.5) no longer counts; image 7 (0.25) does.
        var votes = TestImageVotes.Compute(snapshot, [0, 2, 3, 4], confusingAtMost: 0.4);

        Assert.Equal([7], votes.Confusing);
    }

    [Fact]
    public void RightVotersOfAnImage()
    {
        // Image 6 (label 6): voters 0, 2, 3 say 6, voter 4 says 0.
        // As the image page splits them: the answers of every network, then the voters that gave the true class.
        Assert.Equal([0, 2, 3], TestImageVotes.AnswersOf(AnalysisFixture.Snapshot(), 6).Right([0, 2, 3, 4]));
    }

    [Fact]
    public void NoVotersGiveEmptySets()
    {
        var votes = TestImageVotes.Compute(EdgeSnapshots.Empty(), []);

        Assert.Equal(0, votes.VoterCount);
        Assert.Empty(votes.Easy);
        Assert.Empty(votes.Weird);
        Assert.Empty(votes.Confusing);
    }

    [Fact]
    public void UnanimousWrongAnswersAreWeirdEverywhere()
    {
        // Every tied network says 0; labels 0 1 2 3 4 5 6 7 8 9 0 1: images 0 and 10 easy, the rest weird.
        var snapshot = EdgeSnapshots.AllTied();
        var votes = TestImageVotes.Compute(snapshot, [0, 1, 2, 3]);

        Assert.Equal([0, 10], votes.Easy);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 11], votes.Weird);
        Assert.Empty(votes.Confusing);
    }
}
