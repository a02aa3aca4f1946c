namespace Netpicking.Core.Analysis;

/// <summary>Analysis 2 (second half): the scope's score as box plots per family and per family × activation.</summary>
public static class ScoreBoxes
{
    public static ScoreBoxesResult Compute(PopulationSnapshot snapshot, GoodGoldResult goodGold) =>
        new(
            GroupBoxes.By(snapshot, goodGold, withActivation: false, snapshot.Score),
            GroupBoxes.By(snapshot, goodGold, withActivation: true, snapshot.Score));
}
