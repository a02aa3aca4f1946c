using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Netpicking.Core.Analysis;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Functional;
using Netpicking.Web.Services;

namespace Netpicking.Tests.Browser;

/// <summary>The Pick and Compare pages on <see cref="TrainedPopulation"/>, checked against the Core functions on the same store.</summary>
[Collection(AppCollection.Name)]
public sealed class PickCompareBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Scope = $"dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}";

    private static IReadOnlyList<int> Three => TrainedPopulation.NetworkIds.Take(3).ToArray();

    private Task<PopulationSnapshot> SnapshotAsync() =>
        app.Factory.Services.GetRequiredService<SnapshotProvider>().LoadAsync(
            new SnapshotScope(TrainedPopulation.Dataset, TrainedPopulation.Settings.Name, TrainedPopulation.Settings.Epochs), TestContext.Current.CancellationToken);

    [Fact]
    public async Task TheComparePageShowsThreeNetworksSideBySide()
    {
        // Seeded (untrained) weights for the first network only: its "why" panel draws maps, the others say there are none.
        var withWeights = Three[0];
        var kept = app.Factory.Services.GetRequiredService<KeptWeights>();
        using (var module = NetworkModuleBuilder.Build(ZooCatalog.Default.GetNetwork(TrainedPopulation.Zoo, withWeights), 1))
        {
            KeptWeights.Save(module, kept.PathFor(new WeightsKey(TrainedPopulation.Zoo, TrainedPopulation.Dataset, TrainedPopulation.Settings.Name, withWeights)));
        }

        var snapshot = await SnapshotAsync();
        var expected = Disagreements.Compute(snapshot, Three.Select(snapshot.IndexOf).ToArray());
        var page = await app.OpenAsync($"compare?{Scope}&ids={string.Join(',', Three)}");
        await page.WaitForSelectorAsync("#compare-metrics");
        // Plotly draws two .main-svg layers per chart, so count the charts themselves.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#compare-charts .js-plotly-plot .main-svg').length > 0 && document.querySelectorAll('#compare-charts .js-plotly-plot').length >= 2");

        // A label column and one per network; curves and recall charts; a confusion matrix and a set split each.
        Assert.Equal(4, await page.Locator("#compare-metrics thead th").CountAsync());
        Assert.Equal(2, await page.Locator("#compare-charts .js-plotly-plot").CountAsync());
        Assert.Equal(3, await page.Locator(".compare-matrix table").CountAsync());
        Assert.Equal(3, await page.Locator(".compare-set-row").CountAsync());

        // The disagreements are the Core's, and each card shows every network's answer.
        Assert.Equal(expected.Images.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), await page.InnerTextAsync("#compare-disagree-count"));
        Assert.True(expected.Images.Count > 0, "three different networks trained on 1,000 images agree on every test image");
        var cards = page.Locator(".compare-image");
        Assert.Equal(Math.Min(24, expected.Images.Count), await cards.CountAsync());
        Assert.Equal(expected.Images[0].ToString(System.Globalization.CultureInfo.InvariantCulture), await cards.First.GetAttributeAsync("data-image"));
        Assert.Equal(3, await cards.First.Locator(".compare-answers span").CountAsync());

        // Every pair is tested on the same images, with the Core's verdicts, in words that say what the test is on.
        var tests = page.Locator("#compare-tests li");
        Assert.Equal(expected.Pairs.Count, await tests.CountAsync());
        Assert.Equal(expected.Pairs.Select(p => p.Test.Verdict.ToString(System.Globalization.CultureInfo.InvariantCulture)), await tests.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.verdict)"));
        Assert.Contains("images it gets right that", await tests.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("per-image correctness", await page.InnerTextAsync("#compare-disagreements"), StringComparison.Ordinal);

        // Why: a gradient panel per network; maps for the one with weights, plain words for the others.
        await cards.First.ClickAsync();
        await page.WaitForSelectorAsync($".compare-why-one[data-id='{withWeights}'] #gradient-panel[data-state=ready]", new PageWaitForSelectorOptions { Timeout = BrowserApp.Patience });
        Assert.Equal(10, await page.Locator($".compare-why-one[data-id='{withWeights}'] .gp-map img").CountAsync());
        var other = page.Locator($".compare-why-one[data-id='{Three[1]}'] #gradient-panel");
        await other.Locator("#gradient-no-weights").WaitForAsync();
        Assert.Contains("No weights are kept", await other.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "compare");

        // Sharing the colour scale redraws the maps (all but the class with the largest gradient change scale).
        var maps = $".compare-why-one[data-id='{withWeights}'] .gp-map img";
        var before = string.Join('|', await page.Locator(maps).EvaluateAllAsync<string[]>("images => images.map(i => i.src)"));
        await page.Locator($".compare-why-one[data-id='{withWeights}'] #gradient-shared").CheckAsync();
        await page.WaitForFunctionAsync(
            "([selector, before]) => [...document.querySelectorAll(selector)].map(i => i.src).join('|') !== before",
            new object[] { maps, before });

        // Removing a network leaves two, in the URL and on the page.
        await page.Locator($".compare-chip[data-id='{Three[2]}'] .compare-remove").ClickAsync();
        // Blazor navigates in the page (history.pushState), so wait on the page, not for a load.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#compare-metrics thead th').length === 3");
        Assert.Matches($"ids={Three[0]}(%2C|,){Three[1]}(&|$)", page.Url);
    }

    [Fact]
    public async Task PickAnswersWithinTheLimitsAndLeadsToTheComparison()
    {
        // A params limit just below the best network's: the Core says what the page must answer.
        var snapshot = await SnapshotAsync();
        var best = BestNetwork.BestIndex(snapshot);
        var limit = snapshot.Networks[best].Params - 1;
        var expected = NetworkPicker.Pick(snapshot, new PickRequest([PickConstraint.MaxParams(limit)], PickObjective.Accuracy));
        Assert.NotNull(expected.Recommended);

        // Written with the key's older spelling, as a link saved before the rename: it still opens the same question.
        var page = await app.OpenAsync($"pick?{Scope}&maxParams={limit}");
        await page.WaitForSelectorAsync("#pick-summary");
        await BrowserApp.WaitForChartAsync(page);

        Assert.Equal(expected.Recommended.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#pick-summary", "data-recommended"));
        Assert.Equal(expected.Summary, await page.InnerTextAsync("#pick-summary"));
        Assert.Equal(expected.RunnersUp.Count, await page.Locator("#pick-runners-up tbody tr").CountAsync());
        // Each runner-up says whether the pick is apart from it at 95 %, from the Core's test.
        Assert.Equal(
            expected.RunnerUpTests.Select((t, i) => "The pick is " + Netpicking.Web.Text.StatsText.Sentence(t, $"#{i + 2}")),
            await page.Locator("#pick-runners-up td.pick-versus").AllInnerTextsAsync());
        Assert.Contains("95 % interval", await page.InnerTextAsync("#pick-accuracy-interval"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#pick-effects tr[data-binding=true]").CountAsync());
        Assert.Equal(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InputValueAsync("#pick-max-params"));
        await BrowserApp.ScreenshotAsync(page, "pick");

        // The form writes the URL: a stricter memory limit that nothing meets names what to relax.
        await page.FillAsync("#pick-max-memory", "1");
        await page.ClickAsync("#pick-submit");
        // Blazor navigates in the page (history.pushState), so wait on the page, not for a load.
        await page.Locator("#pick-relax").WaitForAsync();
        Assert.Contains("max-memory=1", page.Url, StringComparison.Ordinal);
        Assert.Contains($"max-params={limit}", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("maxParams", page.Url, StringComparison.Ordinal);
        Assert.Contains("The loosest constraint to relax is memory", await page.InnerTextAsync("#pick-summary"), StringComparison.Ordinal);

        // Clearing the memory box brings the answer back; then on to the comparison of the pick and its runners-up.
        await page.FillAsync("#pick-max-memory", "");
        await page.ClickAsync("#pick-submit");
        await page.Locator("#pick-compare").ClickAsync();
        await page.WaitForSelectorAsync("#compare-metrics");
        Assert.Contains("/compare?", page.Url, StringComparison.Ordinal);
        Assert.Contains(expected.Recommended.Name, await page.InnerTextAsync("#compare-metrics thead"), StringComparison.Ordinal);
    }
}
