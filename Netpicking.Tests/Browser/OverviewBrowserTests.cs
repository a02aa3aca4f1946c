using Microsoft.Playwright;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class OverviewBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Scope = $"?dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}";

    [Fact]
    public async Task TheOverviewDrawsTheFamilyBoxPlotWithGoldStars()
    {
        // 2 epochs on 1,000 images reach ~80–90 %: a gold threshold of 50 % makes the good networks gold.
        var page = await app.OpenAsync($"{Scope}&good=0.3&gold=0.5");
        await BrowserApp.WaitForChartAsync(page);

        var plot = page.Locator("#overview-boxplot .js-plotly-plot");
        // One box per family trained, drawn by plotly.js as SVG.
        Assert.Equal(TrainedPopulation.NetworkIds.Count, await plot.Locator(".boxlayer .trace.boxes").CountAsync());
        Assert.Contains(await plot.Locator(".legendtext").AllTextContentsAsync(), text => text.Contains("gold star", StringComparison.Ordinal));
        var stars = await page.Locator("#overview-boxplot").GetAttributeAsync("data-gold");
        Assert.True(int.Parse(stars!) > 0, $"gold stars drawn: {stars}");
        Assert.Equal(2, await page.Locator("#threshold-table tbody tr").CountAsync());
        Assert.Equal(TrainedPopulation.NetworkIds.Count.ToString(), await page.Locator("#overview-networks").InnerTextAsync());
        await BrowserApp.ScreenshotAsync(page, "overview");
    }

    [Fact]
    public async Task ClickingAPointOpensItsNetworkPage()
    {
        var page = await app.OpenAsync($"{Scope}&gold=0.5");
        await BrowserApp.WaitForChartAsync(page);

        // The gold star trace is drawn last; its points are SVG paths plotly listens on.
        await page.Locator("#overview-boxplot .scatterlayer .trace").Last.Locator("path.point").First.ClickAsync(new LocatorClickOptions { Force = true });

        await page.WaitForURLAsync(url => url.Contains("/networks/", StringComparison.Ordinal));
        await BrowserApp.WaitForCircuitAsync(page);
        Assert.Contains("run=ui", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReloadingAnAnalysisUrlRestoresItsScope()
    {
        var page = await app.OpenAsync($"{Scope}&epoch=1");
        await BrowserApp.ChooseAsync(page, "#scope-score", "balanced_accuracy", "score=balanced_accuracy");

        await page.ReloadAsync();
        await BrowserApp.WaitForCircuitAsync(page);

        Assert.Equal("1", await page.InputValueAsync("#scope-epoch"));
        Assert.Equal("balanced_accuracy", await page.InputValueAsync("#scope-score"));
        Assert.Equal(TrainedPopulation.Settings.Name, await page.InputValueAsync("#scope-run"));
        await BrowserApp.WaitForChartAsync(page);
        Assert.Contains("Balanced accuracy", await page.Locator("#overview-boxplot .gtitle").TextContentAsync(), StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "overview-reloaded-scope");

        // A link saved with the older spelling of the score opens the same view.
        var saved = await app.OpenAsync($"{Scope}&epoch=1&score=balanced-accuracy");
        Assert.Equal("balanced_accuracy", await saved.InputValueAsync("#scope-score"));
        await BrowserApp.WaitForChartAsync(saved);
        Assert.Contains("Balanced accuracy", await saved.Locator("#overview-boxplot .gtitle").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSnapshotCsvLinkDownloadsTheShownScope()
    {
        var page = await app.OpenAsync(Scope);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#snapshots-csv"));

        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
        Assert.StartsWith("id,name,group,form,activation,dataset,run,epoch,", lines[0], StringComparison.Ordinal);
        // One row per network and tested epoch of the scope.
        Assert.Equal(TrainedPopulation.NetworkIds.Count * 2, lines.Length - 1);
    }
}
