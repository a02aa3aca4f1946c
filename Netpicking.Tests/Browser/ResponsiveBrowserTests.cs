using Microsoft.Playwright;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

/// <summary>
/// The main pages on a phone-width window and in the dark theme (docs/interface.md#responsive, #themes): nothing wider
/// than the window, a navigation that collapses behind its menu button, dark page and chart backgrounds, charts that
/// follow their card, and a theme choice that survives a reload.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ResponsiveBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Scope = $"dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}";

    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    /// <summary>Relative luminance of a CSS colour (0 black, 1 white), in the page: tests compare backgrounds with it.</summary>
    private const string Luminance = """
        colour => {
            const [r, g, b] = colour.match(/[\d.]+/g).slice(0, 3).map(v => Number(v) / 255)
                .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }
        """;

    /// <summary>True once every chart of the page is drawn on a dark (or light) paper.</summary>
    private static string ChartsAre(bool dark) => $$"""
        () => {
            const luminance = {{Luminance}};
            const charts = [...document.querySelectorAll('.js-plotly-plot .main-svg:first-of-type')];
            return charts.length > 0 && charts.every(svg => luminance(getComputedStyle(svg).backgroundColor) {{(dark ? "< 0.05" : "> 0.9")}});
        }
        """;

    private static string Url(string name) => name switch
    {
        // A gold threshold the population's best networks pass (2 epochs on 1,000 images reach 82–87 %), so stars show.
        "overview" => $"?{Scope}&gold=0.85",
        "scores" => $"analyses/scores?{Scope}",
        "costs" => $"analyses/costs?{Scope}",
        "zoo" => "zoo",
        "network" => $"networks/{TrainedPopulation.NetworkIds[0]}?{Scope}",
        "images" => $"images?{Scope}",
        "training" => "training",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a page of these tests"),
    };

    private static bool HasCharts(string name) => name is "overview" or "scores" or "costs" or "network";

    /// <summary>Waits until what the page is about is on it: its charts drawn, its images or its table there.</summary>
    private static async Task ReadyAsync(IPage page, string name)
    {
        if (HasCharts(name))
        {
            await BrowserApp.WaitForChartAsync(page);
        }
        else if (name == "images")
        {
            await page.WaitForSelectorAsync("img[src*='.png']");
        }
        else
        {
            await page.WaitForSelectorAsync("table.data tbody tr:has(td)");
        }
    }

    private static Task<int> OverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>How many pixels the widest chart is wider than the card that holds it (0 or less: every chart fits).</summary>
    private static Task<int> ChartOverhangAsync(IPage page) => page.EvaluateAsync<int>("""
        () => Math.max(0, ...[...document.querySelectorAll('.js-plotly-plot')].map(chart => {
            const box = chart.closest('.card') ?? chart.parentElement;
            const inner = box.clientWidth - parseFloat(getComputedStyle(box).paddingLeft) - parseFloat(getComputedStyle(box).paddingRight);
            return Math.ceil(chart.querySelector('.main-svg').getBoundingClientRect().width - inner);
        }))
        """);

    [Theory]
    [InlineData("overview")]
    [InlineData("scores")]
    [InlineData("costs")]
    [InlineData("zoo")]
    [InlineData("network")]
    [InlineData("images")]
    [InlineData("training")]
    public async Task AtPhoneWidthAPageFitsTheWindowAndItsMenuOpensFromItsButton(string name)
    {
        var page = await app.OpenAsync(Url(name), PhoneWidth, PhoneHeight);
        await ReadyAsync(page, name);

        Assert.True(await OverflowAsync(page) <= 0, $"the {name} page is {await OverflowAsync(page)} px wider than a {PhoneWidth} px window");
        if (HasCharts(name))
        {
            Assert.True(await ChartOverhangAsync(page) <= 0, $"a chart of the {name} page is wider than its card");
        }

        var links = page.Locator("#nav-links");
        await Assertions.Expect(links).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#nav-toggle")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"phone-{name}");
        if (name == "overview")
        {
            await BrowserApp.ScreenshotAsync(page, "phone-overview-window", fullPage: false);
        }

        await page.ClickAsync("#nav-toggle");
        await Assertions.Expect(links).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#nav-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(links.Locator("a.nav-link", new LocatorLocatorOptions { HasText = "Definitions" })).ToBeVisibleAsync();
        Assert.True(await OverflowAsync(page) <= 0, "the open menu fits the window");
        if (name == "overview")
        {
            await BrowserApp.ScreenshotAsync(page, "phone-menu", fullPage: false);
        }

        await page.ClickAsync("#nav-toggle");
        await Assertions.Expect(links).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#nav-toggle")).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Theory]
    [InlineData("overview")]
    [InlineData("zoo")]
    [InlineData("training")]
    public async Task AtDesktopWidthTheNavigationStaysOpenWithoutAMenuButton(string name)
    {
        var page = await app.OpenAsync(Url(name), 1400, 900);
        await ReadyAsync(page, name);

        await Assertions.Expect(page.Locator("#nav-links")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#nav-toggle")).ToBeHiddenAsync();
        Assert.True(await OverflowAsync(page) <= 0, $"the {name} page is wider than the window");
        await BrowserApp.ScreenshotAsync(page, $"desktop-{name}-window", fullPage: false);
    }

    [Fact]
    public async Task ChoosingALinkFromThePhoneMenuClosesIt()
    {
        var page = await app.OpenAsync(Url("zoo"), PhoneWidth, PhoneHeight);
        await page.ClickAsync("#nav-toggle");
        await page.Locator("#nav-links a.nav-link", new PageLocatorOptions { HasText = "Training" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/training", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#nav-links")).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData("overview")]
    [InlineData("scores")]
    [InlineData("costs")]
    [InlineData("zoo")]
    [InlineData("network")]
    [InlineData("images")]
    [InlineData("training")]
    public async Task WithADarkSystemSettingAPageAndItsChartsAreDarkAndFollowThePhoneWidth(string name)
    {
        var page = await app.OpenAsync(Url(name), colorScheme: ColorScheme.Dark);
        await ReadyAsync(page, name);

        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        var pageBackground = await page.EvaluateAsync<double>($"() => ({Luminance})(getComputedStyle(document.documentElement).backgroundColor)");
        var cardBackground = await page.EvaluateAsync<double>(
            $"() => ({Luminance})(getComputedStyle(document.querySelector('.card, .table-scroll')).backgroundColor)");
        Assert.True(pageBackground < 0.05, $"page background luminance {pageBackground}");
        Assert.True(cardBackground < 0.05, $"card background luminance {cardBackground}");
        if (HasCharts(name))
        {
            await page.WaitForFunctionAsync(ChartsAre(dark: true));
        }

        await BrowserApp.ScreenshotAsync(page, $"dark-{name}");
        if (name == "overview")
        {
            await BrowserApp.ScreenshotAsync(page, "dark-overview-window", fullPage: false);
        }

        // The same page narrowed to a phone: the charts shrink with their cards, the page still fits.
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        if (HasCharts(name))
        {
            await page.WaitForFunctionAsync("() => document.querySelector('.js-plotly-plot .main-svg').getBoundingClientRect().width < 400");
            Assert.True(await ChartOverhangAsync(page) <= 0, $"a chart of the {name} page did not follow its card");
            await page.WaitForFunctionAsync(ChartsAre(dark: true));
        }

        Assert.True(await OverflowAsync(page) <= 0, $"the dark {name} page is wider than a {PhoneWidth} px window");
        if (name == "overview")
        {
            await BrowserApp.ScreenshotAsync(page, "dark-phone-overview-window", fullPage: false);
        }
    }

    [Fact]
    public async Task TheThemeToggleSwitchesPageAndChartsAndSurvivesAReload()
    {
        var page = await app.OpenAsync(Url("costs"));
        await BrowserApp.WaitForChartAsync(page);
        Assert.Equal("light", await page.GetAttributeAsync("html", "data-theme"));
        await page.WaitForFunctionAsync(ChartsAre(dark: false));

        await page.ClickAsync("#theme-toggle");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        await page.WaitForFunctionAsync(ChartsAre(dark: true));

        await page.ReloadAsync();
        await BrowserApp.WaitForCircuitAsync(page);
        await BrowserApp.WaitForChartAsync(page);
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        await page.WaitForFunctionAsync(ChartsAre(dark: true));
        await BrowserApp.ScreenshotAsync(page, "dark-costs-after-reload");

        // Back to light, and that is kept too.
        await page.ClickAsync("#theme-toggle");
        await page.WaitForFunctionAsync(ChartsAre(dark: false));
        await page.ReloadAsync();
        await BrowserApp.WaitForCircuitAsync(page);
        await BrowserApp.WaitForChartAsync(page);
        Assert.Equal("light", await page.GetAttributeAsync("html", "data-theme"));
        await page.WaitForFunctionAsync(ChartsAre(dark: false));
    }
}
