using System.Diagnostics;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Analysis;
using Netpicking.Core.Benchmarks.Synthetic;
using Netpicking.Core.Data;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Pages.Best;
using Netpicking.Web.Components.Pages.Costs;
using Netpicking.Web.Components.Pages.Epochs;
using Netpicking.Web.Components.Pages.Ranking;
using Netpicking.Web.Components.Pages.Scores;

namespace Netpicking.Tests.Web;

/// <summary>
/// The server side of the analysis pages (analysis, figures, render tree) on a full synthetic population: 1001
/// networks, four tested epochs. Explicit, because it measures the machine as much as the code
/// (<c>dotnet test --filter PageTimingTests -- xUnit.Explicit=on</c>); the target is well under a second per page.
/// </summary>
public sealed class PageTimingTests : IDisposable
{
    private readonly BunitContext context = new();

    public PageTimingTests()
    {
        context.Services.AddSingleton(new DatasetRegistry());
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact(Explicit = true)]
    public void EveryPageBodyRendersAFullPopulationWellUnderASecond()
    {
        var snapshot = SyntheticPopulation.Create();
        var scope = new AnalysisQuery(snapshot.Scope.Dataset, snapshot.Scope.RunSettings, snapshot.Scope.Epoch, "accuracy");
        var timings = new List<(string Page, double Wall, double Cpu)>();

        // Each page twice with a fresh context object (as a new scope would), the first run pays the JIT.
        for (var round = 0; round < 2; round++)
        {
            timings.Clear();
            timings.Add(Time("scores", () => context.Render<ScoresBody>(p => p
                .Add(c => c.Analysis, new AnalysisContext(snapshot, scope)).Add(c => c.Thresholds, ThresholdsQuery.Default with { Gold = 0.95 }))));
            timings.Add(Time("costs", () => context.Render<CostsBody>(p => p
                .Add(c => c.Analysis, new AnalysisContext(snapshot, scope)).Add(c => c.Thresholds, ThresholdsQuery.Default))));
            timings.Add(Time("epochs", () => context.Render<EpochsBody>(p => p
                .Add(c => c.Analysis, new AnalysisContext(snapshot, scope)).Add(c => c.Thresholds, ThresholdsQuery.Default))));
            timings.Add(Time("rankings", () => context.Render<RankingBody>(p => p
                .Add(c => c.Analysis, new AnalysisContext(snapshot, scope)).Add(c => c.View, new RankingQuery()))));
            timings.Add(Time("best", () => context.Render<BestBody>(p => p
                .Add(c => c.Analysis, new AnalysisContext(snapshot, scope)))));
        }

        var report = string.Join("; ", timings.Select(t => $"{t.Page} {t.Wall:F0} ms ({t.Cpu:F0} ms cpu)"));
        Xunit.TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.All(timings, t => Assert.True(t.Wall < 1000, $"{t.Page} took {t.Wall:F0} ms. All: {report}"));
    }

    public void Dispose() => context.Dispose();

    private static (string, double, double) Time(string page, Action render)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        render();
        var wall = clock.Elapsed.TotalMilliseconds;
        return (page, wall, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
