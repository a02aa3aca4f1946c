using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class ExplorerBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Scope = $"dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}";

    [Fact]
    public async Task TheScatterDrawsAndItsAxisLivesInTheUrl()
    {
        var page = await app.OpenAsync($"analyses/explorer?{Scope}");
        await BrowserApp.WaitForChartAsync(page);

        // One point per trained network at the scope's epoch, and the top table lists up to ten of them.
        var points = page.Locator("#explorer-chart .scatterlayer .trace path.point");
        Assert.Equal(TrainedPopulation.NetworkIds.Count, await points.CountAsync());
        Assert.Equal(Math.Min(10, TrainedPopulation.NetworkIds.Count), await page.Locator("#explorer-top tbody tr").CountAsync());
        Assert.Contains("Parameters", await page.Locator("#explorer-chart .xtitle").TextContentAsync(), StringComparison.Ordinal);

        await BrowserApp.ChooseAsync(page, "#explorer-x", "memory", "x=memory");
        await page.WaitForFunctionAsync("() => document.querySelector('#explorer-chart .xtitle')?.textContent.includes('Memory')");

        await page.ReloadAsync();
        await BrowserApp.WaitForCircuitAsync(page);
        await BrowserApp.WaitForChartAsync(page);

        Assert.Equal("memory", await page.InputValueAsync("#explorer-x"));
        Assert.Contains("Memory", await page.Locator("#explorer-chart .xtitle").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("run=ui", page.Url, StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "explorer");
    }
}
