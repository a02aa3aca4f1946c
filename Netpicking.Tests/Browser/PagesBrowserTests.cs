using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class PagesBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Scope = $"dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}";

    [Fact]
    public async Task TheZooTableSortsAndFilters()
    {
        var page = await app.OpenAsync("zoo");

        await BrowserApp.ChooseAsync(page, "#zoo-family", "ResNet", "group=ResNet");
        // The address changes before the table re-renders: wait for the rows, not only the URL.
        var familyCells = page.Locator("#zoo-table tbody tr td:nth-child(4)");
        await Assertions.Expect(familyCells.Filter(new LocatorFilterOptions { HasNotTextRegex = new Regex(@"^\s*ResNet\s*$") })).ToHaveCountAsync(0);
        Assert.NotEmpty(await familyCells.AllTextContentsAsync());

        await page.ClickAsync("#zoo-table th:has-text('Params')");
        await page.WaitForURLAsync(url => url.Contains("sort=Params", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#zoo-table th[aria-sort='ascending']:has-text('Params')")).ToHaveCountAsync(1);
        var parameters = (await page.Locator("#zoo-table tbody tr td:nth-child(8)").AllTextContentsAsync())
            .Select(p => long.Parse(p.Replace(",", "", StringComparison.Ordinal).Trim()))
            .ToList();
        Assert.True(parameters.Count > 1);
        Assert.Equal(parameters.Order(), parameters);

        // The trained population shows its status and accuracy.
        await page.GotoAsync(app.BaseUrl + "zoo?q=Basic");
        await BrowserApp.WaitForCircuitAsync(page);
        Assert.Contains("Done", await page.Locator("#zoo-table tr[data-id='0']").TextContentAsync(), StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "zoo");
    }

    [Fact]
    public async Task ComparisonsSayWhetherTheirGapsAreRealAndChoicesAreCheckedOnHeldOutImages()
    {
        // Best & baseline: the paired test in words, with both accuracies' intervals.
        var page = await app.OpenAsync($"analyses/best?{Scope}");
        await page.WaitForSelectorAsync("#best-baseline-test");
        Assert.Matches("The best network is (better than|worse than|not distinguishable from) the baseline at 95 %", await page.InnerTextAsync("#best-baseline-test"));
        Assert.Contains("95 % interval", await page.InnerTextAsync("#best-baseline-test"), StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "best-baseline");

        // Rankings: every rank out of the networks at the epoch; every row but the top tested against the next better.
        page = await app.OpenAsync($"analyses/rankings?{Scope}");
        await page.WaitForSelectorAsync("#rank-table tbody tr[data-id] td.rank-versus");
        var outOf = await page.Locator("#rank-table tbody tr[data-id] .out-of").AllInnerTextsAsync();
        // One row per network at the epoch (the launch test of this class may have added one to the population): a rank
        // counting network × epoch rows would be out of twice as many, since every network was tested at two epochs.
        var networks = await page.Locator("#rank-table tbody tr[data-id]").CountAsync();
        Assert.True(networks >= TrainedPopulation.NetworkIds.Count, $"{networks} rows for {TrainedPopulation.NetworkIds.Count} trained networks");
        Assert.All(outOf, o => Assert.Equal($"/ {networks}", o.Trim()));
        Assert.Equal(networks - 1, await page.Locator("#rank-table td.rank-versus[data-verdict]").CountAsync());
        await BrowserApp.ScreenshotAsync(page, "rankings");

        // Cascades and ensembles: chosen on half the images, reported on the other half.
        page = await app.OpenAsync($"analyses/cascades?{Scope}");
        await page.WaitForSelectorAsync("#cascade-holdout");
        Assert.Contains("never used to choose", await page.InnerTextAsync("#cascade-holdout"), StringComparison.Ordinal);
        await BrowserApp.WaitForChartAsync(page);
        await BrowserApp.ScreenshotAsync(page, "cascades");

        page = await app.OpenAsync($"analyses/ensembles?{Scope}");
        await page.WaitForSelectorAsync("#ensemble-greedy-holdout", new PageWaitForSelectorOptions { Timeout = BrowserApp.Patience });
        Assert.Contains("never used to choose", await page.InnerTextAsync("#ensemble-greedy-holdout"), StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "ensembles");
    }

    [Fact]
    public async Task ANetworkPageShowsItsConfusionMatrixAndACellListsItsImages()
    {
        var id = TrainedPopulation.NetworkIds[0];
        var page = await app.OpenAsync($"networks/{id}?{Scope}");
        await BrowserApp.WaitForChartAsync(page);

        var cells = page.Locator("#confusion-matrix td a");
        Assert.True(await cells.CountAsync() >= 10, "a trained network has counts on the diagonal and off it");
        // The ten diagonal counts add up to the correct answers: the accuracy shown on the page.
        var diagonal = 0;
        for (var c = 0; c < 10; c++)
        {
            var cell = page.Locator($"#confusion-matrix a[data-true='{c}'][data-predicted='{c}']");
            diagonal += await cell.CountAsync() == 0 ? 0 : int.Parse(await cell.TextContentAsync() ?? "0");
        }

        var accuracy = (await page.Locator("#network-accuracy").TextContentAsync())!.Replace(" %", "", StringComparison.Ordinal);
        Assert.Equal(double.Parse(accuracy, System.Globalization.CultureInfo.InvariantCulture), diagonal / 100.0, 2);
        // Its ranks count the networks at the epoch, and it is tested against its neighbours by accuracy.
        await page.WaitForSelectorAsync("#network-neighbours");
        var standing = await page.InnerTextAsync("#network-neighbours");
        Assert.Contains("Ranks count the networks at epoch", standing, StringComparison.Ordinal);
        Assert.Contains("at 95 %", standing, StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "network");

        var offDiagonal = await page.Locator("#confusion-matrix a").EvaluateAllAsync<string[]>(
            "links => links.filter(a => a.dataset.true !== a.dataset.predicted).map(a => a.getAttribute('href'))");
        Assert.NotEmpty(offDiagonal);
        await page.Locator($"#confusion-matrix a[href='{offDiagonal[0]}']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/images?", StringComparison.Ordinal) && url.Contains($"network={id}", StringComparison.Ordinal));
        await BrowserApp.WaitForCircuitAsync(page);
        await page.WaitForSelectorAsync("img[src*='.png']");
        Assert.True(await page.Locator("img[src*='.png']").CountAsync() > 0);
        await BrowserApp.ScreenshotAsync(page, "network-cell-images");
    }

    [Fact]
    public async Task LaunchingTrainingFromTheTrainingPageShowsProgressThenResultsOnTheOverview()
    {
        var before = TrainedPopulation.NetworkIds.Count;
        // A small network outside the population: the Linear network with the second-smallest memory.
        var id = ZooCatalog.Default.Get(TrainedPopulation.Zoo).Networks
            .Where(n => n.Group == "Linear" && !TrainedPopulation.NetworkIds.Contains(n.Id))
            .MinBy(n => StaticMetricsCalculator.Compute(n).MemoryElements)!.Id;
        var page = await app.OpenAsync($"training?zoo={TrainedPopulation.Zoo}&networks={id}");
        // A choice lost on the way to the server would launch the default settings into another scope.
        await BrowserApp.ChooseOnPageAsync(page, "#launch-settings", TrainedPopulation.Settings.Name,
            $"#launch-summary[data-settings='{TrainedPopulation.Settings.Name}']");
        await BrowserApp.ChooseOnPageAsync(page, "#launch-dataset", TrainedPopulation.Dataset,
            $"#launch-summary[data-dataset='{TrainedPopulation.Dataset}']");

        await page.ClickAsync("#launch-button");

        // The campaign appears with its network, and finishes.
        await page.WaitForSelectorAsync("#training-table tr[data-status]");
        await BrowserApp.ScreenshotAsync(page, "training-progress");
        // This network's row: the population's own campaign has Done rows from the start.
        await page.WaitForSelectorAsync($"#training-table tr[data-network='{id}'][data-status='Done']", new PageWaitForSelectorOptions { Timeout = 120_000 });

        // Once done, its row shows its accuracy, training time and CPU time, and the campaign's chart has its point.
        var row = page.Locator($"#training-table tr[data-network='{id}'][data-status='Done']");
        await Assertions.Expect(row.Locator(".training-accuracy")).ToHaveTextAsync(new Regex(@"^\d{1,3}\.\d\d %$"));
        await Assertions.Expect(row.Locator(".training-time")).ToHaveTextAsync(new Regex(@"^(\d+\.\d s|\d+ min \d\d s)$"));
        await Assertions.Expect(row.Locator(".training-cpu")).ToHaveTextAsync(new Regex(@"^(\d+\.\d s|\d+ min \d\d s)$"));
        var name = ZooCatalog.Default.Get(TrainedPopulation.Zoo).GetById(id).Name;
        await page.WaitForSelectorAsync("#population-scatter .js-plotly-plot .main-svg");
        var plotted = await page.Locator("#population-scatter .js-plotly-plot").EvaluateAsync<string[]>("plot => plot.data.flatMap(trace => trace.text)");
        Assert.Contains(name, plotted);
        await BrowserApp.ScreenshotAsync(page, "training-done");

        await page.GotoAsync(app.BaseUrl + $"?{Scope}");
        await BrowserApp.WaitForCircuitAsync(page);
        await BrowserApp.WaitForChartAsync(page);
        Assert.Equal((before + 1).ToString(), await page.Locator("#overview-networks").TextContentAsync());
        await BrowserApp.ScreenshotAsync(page, "overview-after-training");
    }
}
