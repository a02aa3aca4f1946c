namespace Netpicking.Core.Analysis;

/// <summary>
/// The epochs of one dataset × run settings: those the settings test, and those some network has test results at.
/// The pages and the command line both pick their epoch here, so "the last tested epoch" means one thing.
/// </summary>
public sealed record ScopeEpochs(string Dataset, string RunSettings, IReadOnlyList<int> Tested, IReadOnlyList<int> WithResults)
{
    public bool HasResults => WithResults.Count > 0;

    /// <summary>The last tested epoch that has results; before any result, the settings' last tested epoch (0 if none).</summary>
    public int Default => WithResults.Count > 0 ? WithResults[^1] : Tested.Count > 0 ? Tested[^1] : 0;

    /// <summary>The requested epoch, or <see cref="Default"/> when none is requested.</summary>
    /// <exception cref="ArgumentException">The requested epoch has no results; the message lists those that do.</exception>
    public int Resolve(int? requested)
    {
        if (requested is not { } epoch)
        {
            return Default;
        }

        if (WithResults.Contains(epoch))
        {
            return epoch;
        }

        var why = Tested.Contains(epoch) ? "has no results yet at" : "does not test";
        var have = WithResults.Count > 0 ? string.Join(", ", WithResults) : "none";
        throw new ArgumentException($"{Dataset} / {RunSettings} {why} epoch {epoch}. Tested epochs with results: {have}.", nameof(requested));
    }
}
