namespace Netpicking.Core.Analysis;

/// <summary>
/// What the rest of the app needs to know of an analysis without knowing its types: its number in docs/analyses.md,
/// its key (the <c>analyze</c> verb), the request keys it reads and what to time in <c>bench analyze</c>.
/// </summary>
public interface IAnalysisDefinition
{
    /// <summary>The analysis's number in docs/analyses.md (1–14); 0 for those outside that list (the pick).</summary>
    int Number { get; }

    string Key { get; }

    /// <summary>One sentence: what the analysis answers (the command line's description).</summary>
    string Summary { get; }

    IReadOnlyList<RequestKey> Keys { get; }

    /// <summary>The steps <c>bench analyze</c> times on a loaded snapshot, with the inputs the pages start from.</summary>
    IReadOnlyList<BenchmarkStep> BenchmarkSteps(PopulationSnapshot snapshot);
}
