using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

/// <summary>
/// The real app on Kestrel (a free loopback port) over a copy of <see cref="TrainedPopulation"/>'s store, and Debian's
/// Chromium driven by Playwright (no browser download: <c>/usr/bin/chromium</c>, installed by .ci/run). One per browser
/// test class; the classes share the App collection, so only one app runs at a time.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public NetpickingAppFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>Screenshots of every browser test, for a person to look at: bin/…/screenshots/NAME.png.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>How long a browser step may wait (ms); web-first assertions (<c>Expect</c>) get the same.</summary>
    public const int Patience = 90_000;

    public async ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(Patience);
        var ct = TestContext.Current.CancellationToken;
        File.Copy(await TrainedPopulation.DatabaseAsync(ct), Path.Combine(Factory.DataFolder, "netpicking.db"));
        Factory.Settings["Netpicking:TrainingWorkers"] = "2";
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The test server has no addresses.");
        BaseUrl = addresses.Addresses.First().TrimEnd('/') + "/";

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>
    /// Opens <paramref name="relativeUrl"/> in a fresh browser context (its own storage) whose system colour scheme is
    /// <paramref name="colorScheme"/>, and waits until the Blazor circuit is up (a click before it is lost).
    /// </summary>
    public async Task<IPage> OpenAsync(string relativeUrl, int width = 1400, int height = 1000, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            ColorScheme = colorScheme,
        });
        // CI runs these beside CPU-bound tests on two cores: a page can answer a click tens of seconds late there.
        page.SetDefaultTimeout(Patience);
        await page.GotoAsync(BaseUrl + relativeUrl.TrimStart('/'));
        await WaitForCircuitAsync(page);
        return page;
    }

    public static Task WaitForCircuitAsync(IPage page) =>
        page.WaitForSelectorAsync("#circuit-ready[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    /// <summary>Waits until plotly.js has drawn the chart(s) on the page (its SVG exists).</summary>
    public static Task WaitForChartAsync(IPage page) => page.WaitForSelectorAsync(".js-plotly-plot .main-svg");

    /// <summary>
    /// Chooses <paramref name="value"/> in the select <paramref name="selector"/> and waits until the address holds
    /// <paramref name="expectedInUrl"/>. In two full CI runs of four, one such choice on two busy cores never reached the
    /// server (the address stayed put for 90 s) while the same test alone never failed; the choice is made again after
    /// 20 s, as a person would, and the test says so in its output.
    /// </summary>
    public static Task ChooseAsync(IPage page, string selector, string value, string expectedInUrl) =>
        RetryUntilAsync(page, $"Choosing {value} in {selector}", () => page.SelectOptionAsync(selector, value), UrlHolds(page, expectedInUrl));

    /// <summary>As <see cref="ChooseAsync"/> for a choice that stays on the page: the server confirms it by rendering <paramref name="confirmation"/>.</summary>
    public static Task ChooseOnPageAsync(IPage page, string selector, string value, string confirmation) =>
        RetryUntilAsync(page, $"Choosing {value} in {selector}", () => page.SelectOptionAsync(selector, value), timeout =>
            page.WaitForSelectorAsync(confirmation, new PageWaitForSelectorOptions { Timeout = timeout, State = WaitForSelectorState.Attached }));

    /// <summary>
    /// Types <paramref name="text"/> into the input <paramref name="selector"/>, leaves it with <paramref name="key"/>
    /// and waits until the address holds <paramref name="expectedInUrl"/>; typed again after 20 s, as <see cref="ChooseAsync"/>
    /// (a CI run on two busy cores once lost such a change for 90 s).
    /// </summary>
    public static Task EnterAsync(IPage page, string selector, string text, string expectedInUrl, string key = "Tab") =>
        RetryUntilAsync(page, $"Typing {text} into {selector}", async () =>
        {
            await page.FillAsync(selector, text);
            await page.PressAsync(selector, key);
        }, UrlHolds(page, expectedInUrl));

    private static Func<float, Task> UrlHolds(IPage page, string expectedInUrl) => timeout =>
        page.WaitForURLAsync(url => url.Contains(expectedInUrl, StringComparison.Ordinal),
            new PageWaitForURLOptions { Timeout = timeout, WaitUntil = WaitUntilState.Commit });

    private static async Task RetryUntilAsync(IPage page, string what, Func<Task> act, Func<float, Task> confirmed)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMilliseconds(Patience);
        while (true)
        {
            await act();
            try
            {
                await confirmed(20_000);
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                var reconnecting = await page.Locator("#components-reconnect-modal").CountAsync() > 0;
                TestContext.Current.TestOutputHelper?.WriteLine(
                    $"{what} was not confirmed by the server within 20 s (reconnect dialog present: {reconnecting}); trying again.");
            }
        }
    }

    /// <summary>Saves the whole page, or only the window with <paramref name="fullPage"/> false (a picture as a person first sees it).</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>
    /// Closes the browser and stops the app. Every test of the class has passed or failed by now; a cleanup that throws
    /// (once on CI: two busy cores, and the xunit report named no cause) would fail the whole run without saying why,
    /// so each step's exception is written out in full and the rest of the cleanup still runs.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await CleanUpAsync("closing Chromium", async () =>
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright?.Dispose();
        });
        await CleanUpAsync("stopping the app", () => Factory.DisposeAsync().AsTask());
    }

    private static async Task CleanUpAsync(string step, Func<Task> cleanUp)
    {
        try
        {
            await cleanUp();
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"Browser test cleanup: {step} failed; the tests' own results stand. {ex}");
        }
    }
}
