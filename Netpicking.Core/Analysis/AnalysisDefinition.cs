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

/// <summary>
/// One analysis as the pages, the command line and the benchmark all use it: <paramref name="Read"/> turns named
/// values (a URL query, command-line options) into the request, once, for every caller; <paramref name="Compute"/>
/// answers it on a snapshot, recording in the values what it had to resolve differently (e.g. a network without results
/// in the scope). <paramref name="Probabilities"/> says how much of the snapshot's probabilities the request needs.
/// </summary>
public sealed record AnalysisDefinition<TRequest, TResult>(
    int Number,
    string Key,
    string Summary,
    IReadOnlyList<RequestKey> Keys,
    Func<RequestValues, TRequest> Read,
    Func<PopulationSnapshot, TRequest, RequestValues, TResult> Compute,
    Func<TRequest, ProbabilityUse>? Probabilities = null,
    Func<PopulationSnapshot, IReadOnlyList<BenchmarkStep>>? Benchmark = null) : IAnalysisDefinition
{
    public ProbabilityUse ProbabilitiesFor(TRequest request) => Probabilities?.Invoke(request) ?? ProbabilityUse.None;

    /// <summary>The analysis at the inputs a page starts from.</summary>
    public TResult ComputeDefault(PopulationSnapshot snapshot)
    {
        var values = RequestValues.None;
        return Compute(snapshot, Read(values), values);
    }

    public IReadOnlyList<BenchmarkStep> BenchmarkSteps(PopulationSnapshot snapshot) =>
        Benchmark?.Invoke(snapshot) ?? [new BenchmarkStep($"{Number} {Key}", () => ComputeDefault(snapshot))];
}

/// <summary>How much of a snapshot's probabilities an analysis reads: none, a few networks', or every network's.</summary>
public enum ProbabilityUse
{
    None,
    Some,
    All,
}

/// <summary>One timed step of <c>bench analyze</c>; the name starts with the analysis's number.</summary>
public sealed record BenchmarkStep(string Name, Action Run);
