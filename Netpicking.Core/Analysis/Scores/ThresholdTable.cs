namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 1: per tested epoch, how many networks reach ≥ 80, 90, 95, 99 and 100 %, and for accuracy how many of them
/// are above the level at 95 % (docs/metrics.md#uncertainty).
/// </summary>
public static class ThresholdTable
{
    public static IReadOnlyList<double> DefaultThresholds { get; } = [0.80, 0.90, 0.95, 0.99, 1.00];

    /// <param name="thresholds">Fractions; a network counts when its score is at least the threshold.</param>
    public static ThresholdTableResult Compute(PopulationSnapshot snapshot, IReadOnlyList<double>? thresholds = null)
    {
        thresholds ??= DefaultThresholds;
        var isAccuracy = snapshot.Scope.Score.Kind == ScoreKind.Accuracy && snapshot.ImageCount > 0;
        var rows = new List<ThresholdRow>(snapshot.TestedEpochs.Count);
        foreach (var epoch in snapshot.TestedEpochs)
        {
            var counts = new int[thresholds.Count];
            var clearly = isAccuracy ? new int[thresholds.Count] : null;
            var networks = 0;
            for (var i = 0; i < snapshot.NetworkCount; i++)
            {
                var score = snapshot.ScoreAt(i, epoch);
                if (double.IsNaN(score))
                {
                    continue;
                }

                networks++;

                // Accuracy is right answers over the test images, stored as that fraction: the count comes back exactly.
                var low = clearly is null ? double.NaN : ProportionInterval.Wilson((int)Math.Round(score * snapshot.ImageCount), snapshot.ImageCount).Low;
                for (var t = 0; t < thresholds.Count; t++)
                {
                    if (score >= thresholds[t])
                    {
                        counts[t]++;
                    }

                    if (clearly is not null && low >= thresholds[t])
                    {
                        clearly[t]++;
                    }
                }
            }

            rows.Add(new ThresholdRow(epoch, networks, counts, clearly));
        }

        return new ThresholdTableResult(thresholds, rows);
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<ThresholdTableRequest, ThresholdTableResult> Definition { get; } = new(
        1, "thresholds", "Per tested epoch, how many networks reach ≥ 80, 90, 95, 99, 100 %.", ThresholdTableRequest.Keys,
        ThresholdTableRequest.Read, (snapshot, request, _) => request.Compute(snapshot),
        Benchmark: snapshot => [new("1 threshold table", () => Compute(snapshot))]);
}
