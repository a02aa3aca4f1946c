namespace Netpicking.Core.Analysis;

/// <summary>The levels of the threshold table (analysis 1), as fractions; at most <see cref="MaxLevels"/> of them.</summary>
public sealed record ThresholdTableRequest(IReadOnlyList<double> Levels)
{
    /// <summary>More columns than this would not fit the threshold table's card.</summary>
    public const int MaxLevels = 8;

    public const string LevelsName = "levels";

    public static RequestKey LevelsKey { get; } =
        new(LevelsName, "Fractions to count at, comma-separated, at most 8 (default 0.8,0.9,0.95,0.99,1).", "thresholds");

    public static IReadOnlyList<RequestKey> Keys { get; } = [LevelsKey];

    public static ThresholdTableRequest Default { get; } = new(ThresholdTable.DefaultThresholds);

    public static ThresholdTableRequest Read(RequestValues values) => new(values.Fractions(LevelsKey, Default.Levels, MaxLevels));

    /// <summary>The query parameters to merge into a URL; the default levels are left out.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
        LevelsKey.Write(Levels.SequenceEqual(Default.Levels) ? null : string.Join(',', Levels.Select(RequestValues.Number)));

    public ThresholdTableResult Compute(PopulationSnapshot snapshot) => ThresholdTable.Compute(snapshot, Levels);

    public bool Equals(ThresholdTableRequest? other) => other is not null && Levels.SequenceEqual(other.Levels);

    public override int GetHashCode() => Levels.Count;
}
