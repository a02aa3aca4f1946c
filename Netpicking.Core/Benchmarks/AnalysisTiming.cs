namespace Netpicking.Core.Benchmarks;

/// <summary>
/// One timed step of the analysis benchmark: wall time of the first run (JIT and first-touch included) and of a
/// repeat, the process's CPU time of the first run (on a shared machine it tells the code's cost from the
/// neighbours'), and the target the first run is held to.
/// </summary>
public sealed record AnalysisTiming(string Name, double Milliseconds, double RepeatMilliseconds, double CpuMilliseconds, double TargetMilliseconds)
{
    public bool MetTarget => Milliseconds < TargetMilliseconds;
}
