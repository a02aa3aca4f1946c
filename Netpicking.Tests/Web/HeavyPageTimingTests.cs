using System.Diagnostics;
using Bunit;
using Microsoft.AspNetCore.Components;
using Netpicking.Core.Analysis;
using Netpicking.Core.Benchmarks.Synthetic;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Pages.Agreements;
using Netpicking.Web.Components.Pages.Cascades;
using Netpicking.Web.Components.Pages.Ensemble;
using Netpicking.Web.Components.Pages.Explorer;
using Netpicking.Web.Components.Pages.Pareto;
using Netpicking.Web.Components.Pages.PredictionSet;

namespace Netpicking.Tests.Web;

/// <summary>
/// Renders each analysis page body of this folder on a synthetic 1001 × 10,000 population held in memory, until no
/// spinner is left, and reports wall and process CPU time (the server's share of a page view; the browser's drawing is
/// not included, bunit's HTML parsing is). Explicit: it measures the machine as much as the code
/// (<c>dotnet test -c Release --filter HeavyPageTimingTests -- xUnit.Explicit=on</c>).
/// </summary>
public sealed class HeavyPageTimingTests : BunitContext
{
    private static readonly Lazy<PopulationSnapshot> Population = new(() => SyntheticPopulation.Create());

    public HeavyPageTimingTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact(Explicit = true)]
    public async Task PagesRenderAFullPopulation()
    {
        var context = new AnalysisContext(Population.Value, new AnalysisQuery("mnist", "synthetic", Population.Value.Scope.Epoch, "accuracy"));
        var timings = new List<string>
        {
            await TimeAsync("explorer", () => Render<ExplorerBody>(p => p.Add(c => c.Analysis, context).Add(c => c.Query, new ExplorerQuery()))),
            await TimeAsync("explorer, all epochs by form", () => Render<ExplorerBody>(p => p.Add(c => c.Analysis, context)
                .Add(c => c.Query, new ExplorerQuery(new ScatterRequest(AllEpochs: true), ColourBy.Form)))),
            await TimeAsync("pareto", () => Render<ParetoBody>(p => p.Add(c => c.Analysis, context))),
            await TimeAsync("agreement", () => Render<AgreementsBody>(p => p.Add(c => c.Analysis, context).Add(c => c.Query, new AgreementsQuery()))),
            await TimeAsync("cascades", () => Render<CascadesBody>(p => p.Add(c => c.Analysis, context).Add(c => c.Request, new CascadeRequest()))),
            await TimeAsync("prediction sets", () => Render<PredictionSetBody>(p => p.Add(c => c.Analysis, context).Add(c => c.Query, new PredictionSetQuery()))),
            await TimeAsync("ensembles", () => Render<EnsembleBody>(p => p.Add(c => c.Analysis, context)
                .Add(c => c.Request, new EnsemblesRequest(Members: [.. Population.Value.Networks.Take(5).Select(n => n.Id)])))),
        };

        foreach (var line in timings)
        {
            Xunit.TestContext.Current.SendDiagnosticMessage(line);
        }
    }

    private static async Task<string> TimeAsync<T>(string name, Func<IRenderedComponent<T>> render)
        where T : IComponent
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var page = render();
        var firstRender = clock.Elapsed;
        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll(".loading")), TimeSpan.FromMinutes(2));
        var total = clock.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return $"{name,-30} first render {firstRender.TotalMilliseconds,7:F0} ms, done {total.TotalMilliseconds,7:F0} ms wall, {used.TotalMilliseconds,7:F0} ms cpu";
    }
}
