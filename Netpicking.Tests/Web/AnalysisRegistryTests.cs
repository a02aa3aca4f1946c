using Microsoft.AspNetCore.Components;
using Netpicking.Web.Analyses;

namespace Netpicking.Tests.Web;

/// <summary>The one registration of the analyses is whole: each analysis once, each page routed, nothing left out.</summary>
public sealed class AnalysisRegistryTests
{
    [Fact]
    public void EveryAnalysisOfTheDocsIsRegisteredOnce()
    {
        var analyses = AnalysisRegistry.Analyses;

        Assert.Equal(Enumerable.Range(1, 14), analyses.Select(a => a.Analysis.Number).Where(n => n > 0).Order());
        Assert.Equal(analyses.Count, analyses.Select(a => a.Analysis.Key).Distinct().Count());
        Assert.Equal(analyses.Count, analyses.Select(a => a.Anchor).Distinct().Count());
        Assert.All(analyses, a => Assert.Contains(a.Page, AnalysisRegistry.Pages));
    }

    [Fact]
    public void EveryRegisteredPageIsAComponentAtItsRoute()
    {
        var routes = typeof(AnalysisRegistry).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(r => r.Template)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(AnalysisRegistry.Pages, page => Assert.Contains("/" + page.Route, routes));
    }

    [Fact]
    public void EveryAnalysisIsTimedByTheBenchmarkUnderItsNumber()
    {
        var snapshot = Analysis.AnalysisFixture.Snapshot();

        foreach (var analysis in AnalysisRegistry.Definitions.Where(d => d.Number > 0))
        {
            var steps = analysis.BenchmarkSteps(snapshot);
            Assert.NotEmpty(steps);
            Assert.All(steps, s => Assert.StartsWith($"{analysis.Number} ", s.Name, StringComparison.Ordinal));
        }
    }
}
