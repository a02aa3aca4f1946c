using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class EnsembleTargetTests
{
    [Fact]
    public void TheTargetIsTheMostAccurateNetworkWhateverTheScopesScore()
    {
        // By recall of class 1, network 4 leads (1.0 against 0.95–0.99); by accuracy, network 5 (0.995).
        var snapshot = AnalysisFixture.Snapshot(ScoreSelector.Recall(1));

        Assert.Equal(4, BestNetwork.BestIndex(snapshot));
        Assert.Equal(5, Ensembles.BestByAccuracy(snapshot));
        Assert.Equal(-1, Ensembles.BestByAccuracy(EdgeSnapshots.Empty()));
    }
}
