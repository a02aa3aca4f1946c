using Netpicking.Core.Analysis;

namespace Netpicking.Web.Components.Pages.Networks;

/// <summary>
/// A network seen against its population at one scope: its ranks in four scopes per metric (among the networks at that
/// epoch), whether it is told apart from its neighbours by accuracy, its prediction-set
/// split (when probabilities are stored) and its worst images. Computed off the render thread: ranking a full zoo
/// takes a few hundred milliseconds.
/// </summary>
public sealed record PopulationStanding(
    string? Error,
    IReadOnlyList<(RankedMetric Metric, RankSet Ranks)> Ranks,
    PredictionSetStats? Sets,
    IReadOnlyList<WorstImage> Worst)
{
    /// <summary>The next better and the next worse network by accuracy at this epoch, with the paired tests against them.</summary>
    public RankNeighbour? Above { get; init; }

    public RankNeighbour? Below { get; init; }

    public static PopulationStanding Of(PopulationSnapshot snapshot, int networkId)
    {
        var index = -1;
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            if (snapshot.Networks[i].Id == networkId)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return new PopulationStanding("This network has no results at this scope yet.", [], null, []);
        }

        var ranked = RankingsRequest.Compute(snapshot)
            .Single(r => r.Row.NetworkId == networkId && r.Row.Epoch == snapshot.Scope.Epoch);
        var ranks = Enum.GetValues<RankedMetric>().Select(m => (m, ranked[m])).ToList();

        var (calibration, evaluation) = PredictionSets.Split(snapshot.ImageCount, RapsOptions.Default.Seed);
        var sets = snapshot.HasProbabilities
            ? PredictionSets.Evaluate(snapshot, index, calibration, evaluation, RapsOptions.Default, SetOutcomeWeights.Default)
            : null;
        var good = GoodAndGold.Classify(snapshot).GoodIndices;
        return new PopulationStanding(null, ranks, sets, WorstImages.Of(snapshot, index, good.Count > 1 ? good : Enumerable.Range(0, snapshot.NetworkCount).ToArray()))
        {
            Above = ranked.Above,
            Below = ranked.Below,
        };
    }
}
