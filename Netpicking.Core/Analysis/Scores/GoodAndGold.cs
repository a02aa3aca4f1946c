namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 2 (first half): <b>good</b> = score ≥ <c>goodThreshold</c> at every tested epoch up to the scope's
/// epoch; <b>gold star</b> = good and score &gt; <c>goldThreshold</c> at the scope's epoch (the last tested
/// epoch by default). A network that misses one of those tested epochs is not good: nothing vouches for it there.
/// </summary>
public static class GoodAndGold
{
    public const double DefaultGoodThreshold = 0.80;
    public const double DefaultGoldThreshold = 0.98;

    public static GoodGoldResult Classify(
        PopulationSnapshot snapshot, double goodThreshold = DefaultGoodThreshold, double goldThreshold = DefaultGoldThreshold)
    {
        var epochs = snapshot.EpochsUpToScope.ToArray();
        var good = new bool[snapshot.NetworkCount];
        var gold = new bool[snapshot.NetworkCount];
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            var isGood = true;
            foreach (var epoch in epochs)
            {
                // NaN fails the comparison, so a missing epoch makes the network not good.
                if (!(snapshot.ScoreAt(i, epoch) >= goodThreshold))
                {
                    isGood = false;
                    break;
                }
            }

            good[i] = isGood;
            gold[i] = isGood && snapshot.Score(i) > goldThreshold;
        }

        return new GoodGoldResult(goodThreshold, goldThreshold, good, gold);
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<GoodGoldRequest, ScoresResult> Definition { get; } = new(
        2, "good", "Good networks and gold stars; score box statistics per family and per family × activation.", GoodGoldRequest.Keys,
        GoodGoldRequest.Read,
        (snapshot, request, _) =>
        {
            var goodGold = request.Classify(snapshot);
            return new ScoresResult(goodGold, ScoreBoxes.Compute(snapshot, goodGold));
        },
        Benchmark: snapshot =>
        [
            new("2 good / gold", () => Classify(snapshot)),
            new("2 score boxes", () => ScoreBoxes.Compute(snapshot, Classify(snapshot))),
        ]);
}
