using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class ScopeResolutionTests
{
    [Theory]
    [InlineData("accuracy", ScoreKind.Accuracy, 0)]
    [InlineData("Balanced-Accuracy", ScoreKind.BalancedAccuracy, 0)]
    [InlineData("balanced_accuracy", ScoreKind.BalancedAccuracy, 0)]
    [InlineData("auc", ScoreKind.AucMean, 0)]
    [InlineData("recall-7", ScoreKind.ClassRecall, 7)]
    [InlineData("auc_3", ScoreKind.ClassAuc, 3)]
    public void ParsesScoreNamesAndReadsBackTheirOwnNames(string text, ScoreKind kind, int classIndex)
    {
        var score = ScoreSelector.Parse(text);

        Assert.Equal(new ScoreSelector(kind, classIndex), score);
        Assert.Equal(score, ScoreSelector.Parse(score.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("precision")]
    [InlineData("recall-10")]
    [InlineData("recall-")]
    [InlineData("f1-3")]
    public void RejectsUnknownScores(string text)
    {
        Assert.False(ScoreSelector.TryParse(text, out _));
        Assert.Contains("recall_K", Assert.Throws<ArgumentException>(() => ScoreSelector.Parse(text)).Message);
    }

    [Fact]
    public void DefaultEpochIsTheLastWithResultsElseTheLastTested()
    {
        Assert.Equal(2, new ScopeEpochs("mnist", "t2", [2, 4, 6, 8], [2]).Default);
        Assert.Equal(8, new ScopeEpochs("mnist", "t2", [2, 4, 6, 8], []).Default);
        Assert.Equal(4, new ScopeEpochs("mnist", "t2", [2, 4, 6, 8], [2, 4]).Resolve(null));
    }

    [Fact]
    public void ResolvingAnEpochWithoutResultsSaysWhichHaveThem()
    {
        var epochs = new ScopeEpochs("mnist", "t2", [2, 4, 6, 8], [2, 4]);

        Assert.Equal(2, epochs.Resolve(2));
        Assert.Contains("has no results yet at epoch 6. Tested epochs with results: 2, 4.", Assert.Throws<ArgumentException>(() => epochs.Resolve(6)).Message);
        Assert.Contains("does not test epoch 3", Assert.Throws<ArgumentException>(() => epochs.Resolve(3)).Message);
    }
}
