namespace Netpicking.Core.Analysis;

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
