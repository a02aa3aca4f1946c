namespace Netpicking.Core.Benchmarks;

/// <summary>
/// What <see cref="AnalysisBenchmark"/> measured. The population is always synthetic; <paramref name="RealLabels"/> says
/// whether its test labels are MNIST's (else seeded). Peak memory is the process's resident peak: while the store was
/// built, while loading and analysing (null where the peak could not be reset between the two), and over the whole run.
/// </summary>
public sealed record AnalysisBenchmarkResult(
    AnalysisBenchmarkOptions Options,
    int Images,
    bool RealLabels,
    BenchmarkStore Store,
    int Epoch,
    int NetworksLoaded,
    IReadOnlyList<AnalysisTiming> Loading,
    IReadOnlyList<AnalysisTiming> Analyses,
    long PeakBytesBuilding,
    long? PeakBytesAnalysing,
    long PeakBytesProcess,
    bool ServerGc)
{
    public bool Synthetic => true;

    public long MemoryTargetBytes => AnalysisBenchmark.MemoryTargetBytes;

    /// <summary>The peak the memory target is held to: loading and analysing when measured apart, else the whole run.</summary>
    public long PeakBytesJudged => PeakBytesAnalysing ?? PeakBytesProcess;

    public bool MetTargets => Loading.All(t => t.MetTarget) && Analyses.All(t => t.MetTarget) && PeakBytesJudged < MemoryTargetBytes;
}
