using System.Net;
using Netpicking.Web.Analyses;

namespace Netpicking.Tests.Functional;

/// <summary>
/// The score pages answer any link, even hand-edited ones: page settings are read as text and parsed leniently, because
/// Blazor throws on a query value it cannot convert to an int or a bool.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ScorePagesTests : IDisposable
{
    private readonly NetpickingAppFactory factory = new();

    [Theory]
    [InlineData("analyses/scores?good=abc&gold=2&levels=x&zoom=yes")]
    [InlineData("analyses/costs?good=0.9&gold=-1")]
    [InlineData("analyses/epochs?movers=abc&zoom=1")]
    [InlineData("analyses/rankings?desc=maybe&within=nowhere&metric=none&sort=x")]
    [InlineData("analyses/best?epoch=x")]
    [InlineData("definitions")]
    public async Task AnswersEvenAMangledLink(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // An empty store: the frame's empty state, inside the page (its title), not an error page.
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor-error-boundary", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefinitionsPageHasAnAnchorForEveryFrameLink()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("definitions", TestContext.Current.CancellationToken);

        // The anchors of docs/analyses.md's analyses, and the spellings the analysis pages' DefinitionId uses.
        string[] anchors =
        [
            "thresholds", "good-gold", "costs", "epochs", "images", "best", "baseline", "ensembles", "rankings", "scatter", "pareto",
            "prediction-sets", "cascade", "agreement", "test-images", "explorer", "cascades", "pick",
        ];
        foreach (var id in anchors)
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryRegisteredAnalysisHasItsDefinitionItsPageAndItsLink()
    {
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var definitions = await client.GetStringAsync("definitions", ct);
        foreach (var analysis in AnalysisRegistry.Analyses)
        {
            Assert.Contains($"id=\"{analysis.Anchor}\"", definitions, StringComparison.Ordinal);
            Assert.Contains($"href=\"definitions#{analysis.Anchor}\"", definitions, StringComparison.Ordinal);
        }

        foreach (var page in AnalysisRegistry.Pages)
        {
            Assert.Contains($"id=\"{page.Definition}\"", definitions, StringComparison.Ordinal);
            var html = await client.GetStringAsync(page.Route, ct);
            Assert.Contains($"<h1>{System.Net.WebUtility.HtmlEncode(page.Title)}</h1>", html, StringComparison.Ordinal);
            // The navigation lists every page (the Pick page in its own place).
            Assert.Contains($"href=\"{page.Route}\"", html, StringComparison.Ordinal);
        }
    }

    public void Dispose() => factory.Dispose();
}
