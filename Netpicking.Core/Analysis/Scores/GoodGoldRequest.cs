namespace Netpicking.Core.Analysis;

/// <summary>
/// The thresholds of "good" (score at least <paramref name="Good"/> at every tested epoch up to the scope's) and "gold
/// star" (good and above <paramref name="Gold"/> at the scope's epoch), as fractions (analysis 2). Scores, Costs, Epochs,
/// the Overview and <c>analyze good</c> / <c>costs</c> read them the same way.
/// </summary>
public sealed record GoodGoldRequest(double Good = GoodAndGold.DefaultGoodThreshold, double Gold = GoodAndGold.DefaultGoldThreshold)
{
    public const string GoodName = "good";

    public static RequestKey GoodKey { get; } = new(GoodName, "Good: score at least this at every tested epoch, as a fraction (default 0.8).");

    public const string GoldName = "gold";

    public static RequestKey GoldKey { get; } = new(GoldName, "Gold star: good and score above this at the epoch, as a fraction (default 0.98).");

    public static IReadOnlyList<RequestKey> Keys { get; } = [GoodKey, GoldKey];

    public static GoodGoldRequest Default { get; } = new();

    public static GoodGoldRequest Read(RequestValues values) =>
        new(values.Fraction(GoodKey, Default.Good), values.Fraction(GoldKey, Default.Gold));

    /// <summary>The query parameters to merge into a URL; defaults are left out.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
        GoodKey.Write(Good == Default.Good ? null : RequestValues.Number(Good))
            .Concat(GoldKey.Write(Gold == Default.Gold ? null : RequestValues.Number(Gold)));

    public GoodGoldResult Classify(PopulationSnapshot snapshot) => GoodAndGold.Classify(snapshot, Good, Gold);
}
