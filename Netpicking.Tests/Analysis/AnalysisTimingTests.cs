using System.Diagnostics;
using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

/// <summary>
/// Times every analysis on a synthetic 1001 × 10,000 population (product.md 8: under a second each). Explicit:
/// it takes a while and measures the machine as much as the code, so it is not part of the default run
/// (<c>dotnet test --filter AnalysisTimingTests -- xUnit.Explicit=on</c>).
/// </summary>
public sealed class AnalysisTimingTests
{
    [Fact(Explicit = true)]
    public void EveryAnalysisRunsUnderASecondOnAFullPopulation()
    {
        var snapshot = SyntheticPopulation.Create();
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            _ = snapshot.Probabilities(i); // loading is the loader's cost, not the analyses'
        }

        // CPU time beside wall time: on a shared, loaded machine the wall clock says more about the neighbours.
        var timings = new List<(string Name, double Seconds, double CpuSeconds)>();
        var process = Process.GetCurrentProcess();
        void Time(string name, Action action)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            process.Refresh();
            timings.Add((name, watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds));
        }

        GoodGoldResult goodGold = null!;
        Time("1 threshold table", () => ThresholdTable.Compute(snapshot));
        Time("2 good/gold", () => goodGold = GoodAndGold.Classify(snapshot, 0.6, 0.95));
        Time("2 score boxes", () => ScoreBoxes.Compute(snapshot, goodGold));
        Time("3 cost distributions", () => CostDistributions.Compute(snapshot, goodGold));
        Time("4 epoch over epoch", () => EpochOverEpoch.Compute(snapshot));
        Time("5 image votes", () => TestImageVotes.Compute(snapshot, goodGold.GoodIndices));
        Time("6 best network", () => BestNetwork.Find(snapshot));
        Time("7 best vs baseline", () => BestVsBaseline.Compare(snapshot));
        Time("8 ensemble score (50)", () => Ensembles.Score(snapshot, Enumerable.Range(0, 50).ToArray()));
        Time("8 size curve (50)", () => Ensembles.SizeCurve(snapshot, CostKind.Params, 50));
        Time("8 greedy (5 members)", () => Ensembles.Greedy(snapshot, CostKind.Params, 2_000_000, maxMembers: 5));
        Time("9 rankings", () => Rankings.Compute(Rankings.RowsOf(snapshot)));
        Time("10 overview scatter", () => OverviewScatter.Compute(snapshot, CostKind.Params, ScoreSelector.Accuracy));
        Time("11 pareto (4 costs)", () =>
        {
            foreach (var cost in Enum.GetValues<CostKind>())
            {
                ParetoFront.Compute(snapshot, cost);
            }
        });
        Time("12 prediction sets", () => PredictionSets.Compute(snapshot));
        Time("13 cascade", () => Cascade.Compute(snapshot, 0, 1, CostKind.Ops));
        Time("14 agreement matrix", () => Agreement.FamilyMatrix(snapshot));

        foreach (var (name, seconds, cpu) in timings)
        {
            TestContext.Current.SendDiagnosticMessage($"{name,-24} {seconds * 1000,8:F0} ms wall {cpu * 1000,8:F0} ms cpu");
        }

        var report = string.Join("; ", timings.Select(t => $"{t.Name} {t.Seconds * 1000:F0} ms ({t.CpuSeconds * 1000:F0} ms cpu)"));
        Assert.All(timings, t => Assert.True(t.Seconds < 1, $"{t.Name} took {t.Seconds:F2} s. All: {report}"));
    }
}
