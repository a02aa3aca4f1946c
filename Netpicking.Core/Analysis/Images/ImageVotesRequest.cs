namespace Netpicking.Core.Analysis;

/// <summary>
/// The inputs of the test-image votes (analysis 5), as fractions: the good threshold that picks the voters, and the
/// thresholds of weird (true-class share below, one wrong class at least) and confusing (no class above).
/// </summary>
public sealed record ImageVotesRequest(
    double Good = GoodAndGold.DefaultGoodThreshold,
    double WeirdTrueBelow = TestImageVotes.DefaultWeirdTrueBelow,
    double WeirdWrongAtLeast = TestImageVotes.DefaultWeirdWrongAtLeast,
    double ConfusingAtMost = TestImageVotes.DefaultConfusingAtMost)
{
    public const string GoodName = GoodGoldRequest.GoodName;

    public static RequestKey GoodKey => GoodGoldRequest.GoodKey;

    public const string WeirdTrueName = "weird-true";

    public static RequestKey WeirdTrueKey { get; } = new(WeirdTrueName, "Weird: true-class share below this (default 0.1).");

    public const string WeirdWrongName = "weird-wrong";

    public static RequestKey WeirdWrongKey { get; } = new(WeirdWrongName, "… and one wrong class at least this (default 0.9).");

    public const string ConfusingName = "confusing";

    public static RequestKey ConfusingKey { get; } = new(ConfusingName, "Confusing: no class share above this (default 0.5).");

    public static IReadOnlyList<RequestKey> Keys { get; } = [GoodKey, WeirdTrueKey, WeirdWrongKey, ConfusingKey];

    public static ImageVotesRequest Default { get; } = new();

    public static ImageVotesRequest Read(RequestValues values) => new(
        values.Fraction(GoodKey, Default.Good),
        values.Fraction(WeirdTrueKey, Default.WeirdTrueBelow),
        values.Fraction(WeirdWrongKey, Default.WeirdWrongAtLeast),
        values.Fraction(ConfusingKey, Default.ConfusingAtMost));

    /// <summary>The query parameters to merge into a URL; defaults are left out so plain links stay short.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
    [
        .. GoodKey.Write(Text(Good, Default.Good)),
        .. WeirdTrueKey.Write(Text(WeirdTrueBelow, Default.WeirdTrueBelow)),
        .. WeirdWrongKey.Write(Text(WeirdWrongAtLeast, Default.WeirdWrongAtLeast)),
        .. ConfusingKey.Write(Text(ConfusingAtMost, Default.ConfusingAtMost)),
    ];

    /// <summary>The voters: the good networks under <see cref="Good"/>.</summary>
    public IReadOnlyList<int> Voters(PopulationSnapshot snapshot) => GoodAndGold.Classify(snapshot, Good).GoodIndices;

    public ImageVotesResult Compute(PopulationSnapshot snapshot) =>
        TestImageVotes.Compute(snapshot, Voters(snapshot), WeirdTrueBelow, WeirdWrongAtLeast, ConfusingAtMost);

    private static string? Text(double value, double fallback) => value == fallback ? null : RequestValues.Number(value);
}
