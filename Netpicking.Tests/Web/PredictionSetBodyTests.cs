using Bunit;
using Microsoft.AspNetCore.Components;
using Netpicking.Core.Analysis;
using Netpicking.Tests.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Pages.PredictionSet;

namespace Netpicking.Tests.Web;

public sealed class PredictionSetBodyTests : BunitContext
{
    // The first test in a process compiles RAPS and the chart code; on a busy machine that takes seconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private int loads;

    public PredictionSetBodyTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    [Fact]
    public async Task NewWeightsRescoreTheSameSetsWithoutReadingProbabilitiesAgain()
    {
        var body = RenderBody(new PredictionSetQuery(), []);
        await body.WaitForElementAsync("#prediction-sets-table", Patience);
        var before = Scores(body);
        Assert.Equal(6, loads);

        body.Render(p => p.Add(c => c.Query, new PredictionSetQuery(new PredictionSetsRequest(RapsOptions.Default, new SetOutcomeWeights(1, 1, 0, 0, 0)))));

        // Correct & sure plus correct & unsure with weight 1 each: the score is the accuracy on the evaluated half.
        // The re-scoring may land a render later: wait for it rather than read the table at once.
        await body.WaitForAssertionAsync(() => Assert.NotEqual(before, Scores(body)), Patience);
        foreach (var row in body.FindAll("#prediction-sets-table tbody tr"))
        {
            var accuracy = double.Parse(row.Children[^2].TextContent.Replace(" %", ""), System.Globalization.CultureInfo.InvariantCulture) / 100;
            Assert.Equal(accuracy, double.Parse(row.Children[^1].TextContent, System.Globalization.CultureInfo.InvariantCulture), 0.001);
        }

        Assert.Equal(6, loads);
    }

    [Fact]
    public async Task NewOptionsRecompute()
    {
        var body = RenderBody(new PredictionSetQuery(), []);
        await body.WaitForElementAsync("#prediction-sets-table", Patience);
        var before = body.Find("#prediction-sets-table tbody").TextContent;

        body.Render(p => p.Add(c => c.Query, new PredictionSetQuery(new PredictionSetsRequest(RapsOptions.Default with { Alpha = 0.5 }, SetOutcomeWeights.Default))));

        await body.WaitForAssertionAsync(() => Assert.NotEqual(before, body.Find("#prediction-sets-table tbody").TextContent), Patience);
    }

    [Fact]
    public async Task SortingTheSameColumnFlipsItAndANewColumnStartsFromItsBetterEnd()
    {
        var changes = new List<PredictionSetQuery>();
        var body = RenderBody(new PredictionSetQuery(), changes);
        await body.WaitForElementAsync("#prediction-sets-table", Patience);

        // The finished computation may render the table once more: a click on the replaced header is tried again.
        foreach (var (title, count) in new[] { ("Score", 1), ("Set size", 2), ("Coverage", 3) })
        {
            body.WaitForAssertion(
                () =>
                {
                    if (changes.Count < count)
                    {
                        body.FindAll("th.sortable").Single(h => h.TextContent.Contains(title)).Click();
                    }

                    Assert.Equal(count, changes.Count);
                },
                Patience);
        }

        Assert.Equal(("weighted", false), (changes[0].Sort, changes[0].Descending));
        Assert.Equal(("size", false), (changes[1].Sort, changes[1].Descending));
        Assert.Equal(("coverage", true), (changes[2].Sort, changes[2].Descending));
    }

    [Fact]
    public async Task RowsFollowTheSort()
    {
        var body = RenderBody(new PredictionSetQuery() with { Sort = "name", Descending = false }, []);
        await body.WaitForElementAsync("#prediction-sets-table", Patience);

        var names = body.FindAll("#prediction-sets-table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToArray();

        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(6, names.Length);
    }

    private double[] Scores(IRenderedComponent<PredictionSetBody> body) =>
        body.FindAll("#prediction-sets-table tbody tr")
            .OrderBy(r => r.Children[0].TextContent.Trim(), StringComparer.Ordinal)
            .Select(r => double.Parse(r.Children[^1].TextContent, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

    private IRenderedComponent<PredictionSetBody> RenderBody(PredictionSetQuery settings, List<PredictionSetQuery> changes)
    {
        var snapshot = new PopulationSnapshot(
            AnalysisFixture.Scope(2), [1, 2], AnalysisFixture.Networks(), AnalysisFixture.Labels, AnalysisFixture.Answers,
            i =>
            {
                Interlocked.Increment(ref loads);
                return AnalysisFixture.Probabilities(i);
            });
        var context = new AnalysisContext(snapshot, new AnalysisQuery("mnist", "t1", 2, "accuracy"));
        return Render<PredictionSetBody>(p => p
            .Add(c => c.Analysis, context)
            .Add(c => c.Query, settings)
            .Add(c => c.QueryChanged, changes.Add));
    }
}
