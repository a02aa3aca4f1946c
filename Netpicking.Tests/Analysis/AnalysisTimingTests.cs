using Netpicking.Core.Benchmarks;
using Netpicking.Core.Benchmarks.Synthetic;
using Netpicking.Web.Analyses;

namespace Netpicking.Tests.Analysis;

/// <summary>
/// Times every analysis on a synthetic 1001 × 10,000 population held in memory (docs/product.md#quality-targets: under a second each).
/// Explicit: it takes a while and measures the machine as much as the code, so it is not part of the default run
/// (<c>dotnet test --filter AnalysisTimingTests -- xUnit.Explicit=on</c>). <c>bench analyze</c> times the same
/// analyses on a population read back from a results store.
/// </summary>
public sealed class AnalysisTimingTests
{
    [Fact(Explicit = true)]
    public void EveryAnalysisRunsUnderASecondOnAFullPopulation()
    {
        var timings = AnalysisBenchmark.TimeAnalyses(SyntheticPopulation.Create(), AnalysisRegistry.Definitions);

        // CPU time beside wall time: on a shared, loaded machine the wall clock says more about the neighbours.
        foreach (var t in timings)
        {
            TestContext.Current.SendDiagnosticMessage(
                $"{t.Name,-28} {t.Milliseconds,8:F0} ms wall {t.CpuMilliseconds,8:F0} ms cpu {t.RepeatMilliseconds,8:F0} ms again");
        }

        var report = string.Join("; ", timings.Select(t => $"{t.Name} {t.Milliseconds:F0} ms ({t.CpuMilliseconds:F0} ms cpu)"));
        Assert.All(timings, t => Assert.True(t.MetTarget, $"{t.Name} took {t.Milliseconds / 1000:F2} s. All: {report}"));
    }
}
