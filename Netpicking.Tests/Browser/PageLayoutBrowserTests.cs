using Microsoft.Playwright;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

/// <summary>
/// Layout faults a user reported: boxes sized to their tables, Costs labels turned only when they do not fit, every
/// family of the Pareto front in its legend, and the navigation's background down to the bottom of a long page.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PageLayoutBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Scope = $"dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}";

    /// <summary>Empty height of a table's scrolling box below its table, and whether the box scrolls.</summary>
    private const string BoxFit = """
        table => {
            const box = table.closest('.table-scroll');
            return [box.clientHeight - table.offsetHeight, box.scrollHeight - box.clientHeight];
        }
        """;

    [Theory]
    [InlineData("analyses/rankings", "#rank-table")]
    [InlineData("analyses/prediction-sets", "#prediction-sets-table")]
    public async Task AShortTableLeavesNoEmptyBoxBelowIt(string route, string table)
    {
        var page = await app.OpenAsync($"{route}?{Scope}");
        await page.WaitForSelectorAsync($"{table} tbody tr:has(td)");
        // The population's nine networks: a short table, every row drawn.
        Assert.InRange(await page.Locator($"{table} tbody tr:has(td)").CountAsync(), 1, 2 * TrainedPopulation.NetworkIds.Count);

        var fit = await page.Locator(table).EvaluateAsync<int[]>(BoxFit);

        Assert.True(fit[0] <= 2, $"{fit[0]} px of empty box below the table");
        Assert.True(fit[1] <= 1, "a short table does not scroll");
        await BrowserApp.ScreenshotAsync(page, route.Replace("analyses/", "short-table-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALongTableStillScrollsInABoxOfLimitedHeight()
    {
        var page = await app.OpenAsync("zoo");
        await page.WaitForSelectorAsync("#zoo-table tbody tr:has(td)");

        var fit = await page.Locator("#zoo-table").EvaluateAsync<int[]>(BoxFit);
        var height = await page.Locator("#zoo-table").EvaluateAsync<int>("t => t.closest('.table-scroll').clientHeight");

        Assert.True(fit[1] > 0, "the zoo's thousand rows scroll inside their box");
        Assert.InRange(height, 500, 620);
    }

    /// <summary>The x tick labels of a chart: whether any is turned, and whether any two overlap.</summary>
    private static Task<JsonLabels> LabelsAsync(IPage page, string card) => page.Locator(card).EvaluateAsync<JsonLabels>("""
        card => {
            const texts = [...card.querySelectorAll('.xtick text')];
            const turned = texts.some(t => /rotate\(\s*-?[1-9]/.test(t.getAttribute('transform') ?? ''));
            const boxes = texts.map(t => t.getBoundingClientRect());
            let overlap = false;
            for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i], b = boxes[j];
                    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlap = true;
                }
            return { Count: texts.length, Turned: turned, Overlap: overlap };
        }
        """);

    private sealed class JsonLabels
    {
        public int Count { get; set; }

        public bool Turned { get; set; }

        public bool Overlap { get; set; }
    }

    [Fact]
    public async Task CostsTurnsItsFamilyLabelsOnlyWhenTheyDoNotFit()
    {
        // A tablet: one chart per row, room for the nine families level.
        var tablet = await app.OpenAsync($"analyses/costs?{Scope}", 880, 1000);
        await BrowserApp.WaitForChartAsync(tablet);
        await tablet.WaitForSelectorAsync("#costs-params .xtick text");
        var level = await LabelsAsync(tablet, "#costs-params");
        await BrowserApp.ScreenshotAsync(tablet, "costs-tablet");

        Assert.Equal(TrainedPopulation.NetworkIds.Count, level.Count);
        Assert.False(level.Turned, "labels that fit stay level");
        Assert.False(level.Overlap);

        // A phone: no room, so they turn, and still do not overlap.
        var phone = await app.OpenAsync($"analyses/costs?{Scope}", 390, 844);
        await BrowserApp.WaitForChartAsync(phone);
        await phone.WaitForSelectorAsync("#costs-params .xtick text");
        var narrow = await LabelsAsync(phone, "#costs-params");

        Assert.True(narrow.Turned, "labels that do not fit are turned");
        Assert.False(narrow.Overlap);
    }

    [Fact]
    public async Task EveryFamilyOnTheParetoFrontHasALegendEntry()
    {
        var page = await app.OpenAsync($"analyses/pareto?{Scope}");
        await BrowserApp.WaitForChartAsync(page);

        var onFront = await page.Locator("#pareto-front tbody .chip").EvaluateAllAsync<string[]>(
            "chips => chips.map(c => [...c.classList].find(k => k.startsWith('fam-')).slice(4))");
        var legend = (await page.Locator("#pareto-chart .legendtext").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        await BrowserApp.ScreenshotAsync(page, "pareto");

        Assert.NotEmpty(onFront);
        Assert.All(onFront.Distinct(), family => Assert.Contains(family, legend));
        Assert.Equal(legend.Distinct().Count(), legend.Count);
        Assert.Contains("Pareto front", legend);
    }

    [Fact]
    public async Task TheNavigationBackgroundReachesTheBottomOfALongPage()
    {
        var page = await app.OpenAsync($"analyses/costs?{Scope}", 1400, 700);
        await BrowserApp.WaitForChartAsync(page);

        var reach = await page.EvaluateAsync<NavReach>("""
            () => {
                // Measured at the top of the page: a column only as tall as the window ends there, which a full-page
                // picture shows (a sticky column of window height follows a scrolling reader, and hides the fault).
                window.scrollTo(0, 0);
                const nav = document.querySelector('nav.nav');
                const navBottom = Math.round(nav.getBoundingClientRect().bottom + window.scrollY);
                window.scrollTo(0, document.documentElement.scrollHeight);
                const atBottom = document.elementFromPoint(10, window.innerHeight - 3);
                return {
                    PageHeight: document.documentElement.scrollHeight,
                    NavBottom: navBottom,
                    ColourAtBottom: getComputedStyle(atBottom.closest('nav.nav') ?? atBottom).backgroundColor,
                    NavColour: getComputedStyle(nav).backgroundColor,
                };
            }
            """);
        await BrowserApp.ScreenshotAsync(page, "costs-full-page");

        Assert.True(reach.PageHeight > 2 * 700, $"the Costs page is long ({reach.PageHeight} px)");
        Assert.True(reach.NavBottom >= reach.PageHeight - 1, $"the navigation ends at {reach.NavBottom} px of {reach.PageHeight}");
        Assert.Equal(reach.NavColour, reach.ColourAtBottom);
    }

    private sealed class NavReach
    {
        public int PageHeight { get; set; }

        public int NavBottom { get; set; }

        public string ColourAtBottom { get; set; } = "";

        public string NavColour { get; set; } = "";
    }
}
