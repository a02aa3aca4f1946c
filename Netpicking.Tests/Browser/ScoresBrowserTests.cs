using Microsoft.Playwright;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class ScoresBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Scope = $"dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}";

    [Fact]
    public async Task TheScoresPageDrawsBoxPlotsWithGoldStarsAndKeepsItsThresholdsOnReload()
    {
        // 2 epochs on 1,000 images reach ~80–90 %: a gold threshold of 50 % makes the good networks gold stars.
        var page = await app.OpenAsync($"analyses/scores?{Scope}&good=0.3&gold=0.5");
        await BrowserApp.WaitForChartAsync(page);

        // The first SVG can appear before plotly.js has drawn every trace of both charts: wait for the count, not just the SVG.
        var families = page.Locator("#scores-family-plot .js-plotly-plot");
        await Assertions.Expect(families.Locator(".boxlayer .trace.boxes")).ToHaveCountAsync(TrainedPopulation.NetworkIds.Count);
        Assert.Contains(await families.Locator(".legendtext").AllTextContentsAsync(), text => text.Contains("gold star", StringComparison.Ordinal));
        // The family × activation plot: one box per cell (one network per family here), families named above their band.
        var cells = page.Locator("#scores-activation-plot .js-plotly-plot");
        await Assertions.Expect(cells.Locator(".boxlayer .trace.boxes")).ToHaveCountAsync(TrainedPopulation.NetworkIds.Count);
        Assert.Contains("ResNet", await cells.Locator(".annotation-text").AllTextContentsAsync());

        var gold = int.Parse((await page.Locator("#scores-family-plot").GetAttributeAsync("data-gold"))!);
        Assert.True(gold > 0, "a 50 % gold threshold leaves gold stars");
        Assert.Equal(gold.ToString(), await page.Locator("#scores-gold").InnerTextAsync());
        var starred = await page.Locator("#scores-gold-table tbody tr").AllTextContentsAsync();
        Assert.Equal(gold, starred.Count);
        Assert.All(starred, row => Assert.Contains("★", row, StringComparison.Ordinal));
        await BrowserApp.ScreenshotAsync(page, "scores");

        // A threshold typed on the page goes to the address, and a reload brings it back.
        await BrowserApp.EnterAsync(page, "#threshold-gold", "99.9", "gold=0.999", "Enter");
        await page.Locator("#scores-no-gold").WaitForAsync();

        await page.ReloadAsync();
        await BrowserApp.WaitForCircuitAsync(page);
        await BrowserApp.WaitForChartAsync(page);
        Assert.Equal("99.9", await page.InputValueAsync("#threshold-gold"));
        Assert.Equal("30", await page.InputValueAsync("#threshold-good"));
        Assert.Equal("0", await page.Locator("#scores-gold").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#scores-gold-table").CountAsync());
        Assert.Contains("run=" + TrainedPopulation.Settings.Name, page.Url, StringComparison.Ordinal);
    }
}
