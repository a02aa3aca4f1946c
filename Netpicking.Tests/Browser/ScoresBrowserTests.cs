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

        // Accuracy is the scope's score: every count of the threshold table has, in brackets, those above the level at 95 %.
        var cellTexts = await page.Locator("#scores-threshold-table tbody td").AllTextContentsAsync();
        Assert.NotEmpty(cellTexts);
        Assert.All(cellTexts, text =>
        {
            var match = System.Text.RegularExpressions.Regex.Match(text.Trim(), @"^([\d,]+) \(([\d,]+)\)$");
            Assert.True(match.Success, $"'{text}' is not a count with its count at 95 % in brackets");
            Assert.True(Count(match.Groups[2].Value) <= Count(match.Groups[1].Value), text);
        });
        Assert.Contains("above the level at 95 %", await page.Locator("#scores-threshold-table").Locator("xpath=../..").InnerTextAsync());

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

    private static int Count(string text) => int.Parse(text, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
}
