namespace Netpicking.Core.Analysis;

/// <summary>
/// What the rankings (analysis 9) are looked at by: one metric (null: every metric side by side; the command line then
/// orders by accuracy) and whether every tested epoch's rows are listed or only the scope's. The ranks themselves do not
/// depend on it: every metric is ranked in all four scopes.
/// </summary>
public sealed record RankingsRequest(RankedMetric? Metric = null, bool AllEpochs = false)
{
    public const string MetricName = "metric";

    public static RequestKey MetricKey { get; } = new(MetricName, $"Rank by: {RankedMetricKeys.Syntax} (default accuracy).", "by");

    public const string AllEpochsName = "all-epochs";

    public static RequestKey AllEpochsKey { get; } =
        RequestKey.Flag(AllEpochsName, "List every tested epoch's row, not only the scope's epoch (JSON always has all).");

    public static IReadOnlyList<RequestKey> Keys { get; } = [MetricKey, AllEpochsKey];

    public static RankingsRequest Read(RequestValues values)
    {
        RankedMetric? metric = null;
        if (values.Text(MetricKey) is { } text)
        {
            if (RankedMetricKeys.TryParse(text, out var parsed))
            {
                metric = parsed;
            }
            else
            {
                values.Problem($"Unknown ranking '{text}'. Use {RankedMetricKeys.Syntax}.");
            }
        }

        return new RankingsRequest(metric, values.Flag(AllEpochsKey));
    }

    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
        MetricKey.Write(Metric is { } m ? RankedMetricKeys.Key(m) : null).Concat(AllEpochsKey.Write(AllEpochs ? "true" : null));

    /// <summary>Every network at every tested epoch of the snapshot, ranked; the scope's epoch's rows with their neighbours' tests.</summary>
    public static IReadOnlyList<RankedRow> Compute(PopulationSnapshot snapshot) =>
        RankNeighbours.Attach(snapshot, Rankings.Compute(Rankings.RowsOf(snapshot)));
}
