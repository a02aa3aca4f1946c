using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

/// <summary>The analyses a page runs in the background stop when the page no longer wants their answer.</summary>
public sealed class AnalysisCancellationTests
{
    [Fact]
    public void CancelledAnalysesStopWithoutLoadingProbabilities()
    {
        var loads = 0;
        var snapshot = new PopulationSnapshot(
            AnalysisFixture.Scope(2), [1, 2], AnalysisFixture.Networks(), AnalysisFixture.Labels, AnalysisFixture.Answers,
            i =>
            {
                Interlocked.Increment(ref loads);
                return AnalysisFixture.Probabilities(i);
            });
        var cancelled = new CancellationToken(canceled: true);

        Assert.ThrowsAny<OperationCanceledException>(() => Ensembles.SizeCurve(snapshot, cancellationToken: cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => Ensembles.Greedy(snapshot, CostKind.Params, 1e9, cancellationToken: cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => PredictionSets.Compute(snapshot, cancellationToken: cancelled));
        Assert.Equal(0, loads);

        // The same calls with a live token run to the end.
        Assert.Equal(6, Ensembles.SizeCurve(snapshot, cancellationToken: CancellationToken.None).Steps.Count);
    }
}
