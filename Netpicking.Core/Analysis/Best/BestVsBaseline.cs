using Netpicking.Core.Zoo;

namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 7: the best network's costs and score against the baseline's (the network of the Basic family
/// with the lowest id), with ratios best / baseline, and whether the best is more often right than the baseline at 95 %
/// (McNemar on the same images, docs/metrics.md#uncertainty). Null when the snapshot has no best or no baseline.
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

        ComparisonRow Cost(CostKind kind) => new(CostKeys.Key(kind), snapshot.Cost(best, kind), snapshot.Cost(baseline, kind));

        return new BaselineComparison(
            snapshot.Networks[best],
            snapshot.Networks[baseline],
            [
                Cost(CostKind.Params),
                Cost(CostKind.Memory),
                Cost(CostKind.TrainingTime),
                Cost(CostKind.Ops),
                new ComparisonRow(snapshot.Scope.Score.ToString(), snapshot.Score(best), snapshot.Score(baseline)),
            ])
        {
            Test = McNemar.Of(snapshot, best, baseline),
            BestAccuracy = ProportionInterval.OfAccuracy(snapshot, best),
            BaselineAccuracy = ProportionInterval.OfAccuracy(snapshot, baseline),
        };
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<NoRequest, BaselineComparison?> Definition { get; } = new(
        7, "baseline", "The best network against Basic (the baseline): params, memory, time, ops and score, with ratios.", [],
        NoRequest.Read, (snapshot, _, _) => Compare(snapshot),
        Benchmark: snapshot => [new("7 best vs baseline", () => Compare(snapshot))]);
}
