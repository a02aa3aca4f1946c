using Netpicking.Core.Zoo;

namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 7: the best network's costs and score against the baseline's (the network of the Basic family
/// with the lowest id), with ratios best / baseline. Null when the snapshot has no best or no baseline.
/// </summary>
public static class BestVsBaseline
{
    public static BaselineComparison? Compare(PopulationSnapshot snapshot, string baselineFamily = Families.Basic)
    {
        var best = BestNetwork.BestIndex(snapshot);
        var baseline = -1;
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            if (snapshot.Networks[i].Group == baselineFamily && (baseline < 0 || snapshot.Networks[i].Id < snapshot.Networks[baseline].Id))
            {
                baseline = i;
            }
        }

        if (best < 0 || baseline < 0)
        {
            return null;
        }

        ComparisonRow Cost(string measure, CostKind kind) => new(measure, snapshot.Cost(best, kind), snapshot.Cost(baseline, kind));

        return new BaselineComparison(
            snapshot.Networks[best],
            snapshot.Networks[baseline],
            [
                Cost("params", CostKind.Params),
                Cost("memory", CostKind.Memory),
                Cost("time", CostKind.TrainingTime),
                Cost("ops", CostKind.Ops),
                new ComparisonRow(snapshot.Scope.Score.ToString(), snapshot.Score(best), snapshot.Score(baseline)),
            ]);
    }
}
