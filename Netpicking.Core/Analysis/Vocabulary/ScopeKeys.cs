namespace Netpicking.Core.Analysis;

/// <summary>
/// The snapshot scope as a URL query and a command line name it: <c>?dataset=mnist&amp;run=quick&amp;epoch=2&amp;score=accuracy</c>
/// and <c>--dataset mnist --run quick --epoch 2 --score accuracy</c>, with <c>zoo</c> (<c>--zoo</c>) for a zoo other than
/// the default one. <c>settings</c> is the older command-line name of the run settings.
/// </summary>
public static class ScopeKeys
{
    public const string ZooName = "zoo";

    public static RequestKey Zoo { get; } = new(ZooName, "A zoo: mnistk-1001 or an imported one (default mnistk-1001).");

    public const string DatasetName = "dataset";

    public static RequestKey Dataset { get; } = new(DatasetName, "mnist or fashion-mnist (default mnist).");

    public const string RunName = "run";

    public static RequestKey Run { get; } = new(RunName, "Run settings: t1, t2, t3, quick or your own (default quick).", "settings");

    public const string EpochName = "epoch";

    public static RequestKey Epoch { get; } = new(EpochName, "A tested epoch (default: the last tested epoch with results).");

    public const string ScoreName = "score";

    public static RequestKey Score { get; } = new(ScoreName, $"The score: {ScoreSelector.Syntax} (default accuracy).");

    public static IReadOnlyList<RequestKey> All { get; } = [Zoo, Dataset, Run, Epoch, Score];
}
