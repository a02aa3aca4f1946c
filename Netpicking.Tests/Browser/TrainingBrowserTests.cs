using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

/// <summary>The Training page checks what it launches, asks before it cancels, and tells done, cancelled and failed apart.</summary>
[Collection(AppCollection.Name)]
public sealed class TrainingBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ASampleSizeBelowOneIsRefusedBesideItsFieldAndLaunchIsDisabled()
    {
        var store = app.Factory.Services.GetRequiredService<ResultsStore>();
        var before = (await store.Campaigns.ListCampaignsAsync(TestContext.Current.CancellationToken)).Count;
        var page = await app.OpenAsync("training");
        await BrowserApp.ChooseOnPageAsync(page, "#launch-selection", "Sample", "#launch-sample");

        foreach (var bad in new[] { "-5", "0" })
        {
            await page.FillAsync("#launch-sample", bad);

            await Assertions.Expect(page.Locator("#launch-sample-error")).ToContainTextAsync($"between 1 and 1,001, the size of the zoo (got {bad})");
            await Assertions.Expect(page.Locator("#launch-button")).ToBeDisabledAsync();
            Assert.DoesNotContain("networks drawn", await page.Locator("#launch-summary").TextContentAsync(), StringComparison.Ordinal);
        }

        await BrowserApp.ScreenshotAsync(page, "training-sample-refused");
        await page.FillAsync("#launch-sample", "3");
        await Assertions.Expect(page.Locator("#launch-sample-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#launch-button")).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#launch-summary")).ToContainTextAsync("3 networks drawn");
        Assert.Equal(before, (await store.Campaigns.ListCampaignsAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task CancelAsksFirstAndTheRunningCampaignStaysInViewWhileCancelledNetworksCountAsCancelled()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = app.Factory.Services.GetRequiredService<ResultsStore>();
        // Campaigns stored without jobs: nothing trains them, so they stay as they are while the page is looked at.
        var spare = ZooCatalog.Default.Get(TrainedPopulation.Zoo).Networks
            .Where(n => n.Group == "Linear" && !TrainedPopulation.NetworkIds.Contains(n.Id)).Select(n => n.Id).Take(4).ToArray();
        var running = (await store.Campaigns.CreateCampaignAsync(Request(spare[..3]), ct)).CampaignId;
        var cancelled = (await store.Campaigns.CreateCampaignAsync(Request(spare[3..]), ct)).CampaignId;
        await store.Campaigns.CancelCampaignAsync(cancelled, ct);

        // On a reload the campaign still running is the one in view, not the newer one already over.
        var page = await app.OpenAsync("training");
        await page.WaitForSelectorAsync($"#campaign-detail[data-campaign='{running}']");
        await Assertions.Expect(page.Locator($"tr[data-campaign='{cancelled}'] .campaign-counts")).ToContainTextAsync("0 / 1 done · 1 cancelled");

        // Cancel asks first, naming how many networks it stops; "Keep training" keeps it.
        await page.ClickAsync($"tr[data-campaign='{running}'] .campaign-cancel");
        await Assertions.Expect(page.Locator("#cancel-confirm")).ToContainTextAsync("This stops 3 networks (0 running, 3 queued)");
        await BrowserApp.ScreenshotAsync(page, "training-cancel-confirm");
        await page.ClickAsync("#cancel-no");
        await Assertions.Expect(page.Locator("#cancel-confirm")).ToHaveCountAsync(0);
        Assert.Equal(CampaignState.Active, (await store.Campaigns.ListCampaignsAsync(ct)).Single(c => c.Id == running).State);

        await page.ClickAsync($"tr[data-campaign='{running}'] .campaign-cancel");
        await page.ClickAsync("#cancel-yes");

        await Assertions.Expect(page.Locator($"tr[data-campaign='{running}'] .campaign-counts")).ToContainTextAsync("0 / 3 done · 3 cancelled");
        Assert.Equal(CampaignState.Cancelled, (await store.Campaigns.ListCampaignsAsync(ct)).Single(c => c.Id == running).State);
        await Assertions.Expect(page.Locator("#training-table tr[data-status='Cancelled']")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#training-table tr[data-status='Cancelled']").First).ToContainTextAsync("cancelled before it started");
        await BrowserApp.ScreenshotAsync(page, "training-cancelled");
    }

    [Fact]
    public async Task CpuTimeStandsBesideWallClockTimeOnTheNetworkPageAndTheCostsPageSaysWhichItPlots()
    {
        var scope = $"dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}";
        var page = await app.OpenAsync($"networks/{TrainedPopulation.NetworkIds[0]}?{scope}");
        await Assertions.Expect(page.Locator("#network-training-time")).ToHaveTextAsync(new Regex(@"^\d+\.\d s \(CPU \d+\.\d s\)$"));

        await page.GotoAsync(app.BaseUrl + $"analyses/costs?{scope}");
        await BrowserApp.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#costs-median-table thead")).ToContainTextAsync("CPU time");
        var cpu = page.Locator("#costs-median-table tbody td.costs-cpu");
        await Assertions.Expect(cpu).ToHaveCountAsync(TrainedPopulation.NetworkIds.Count);
        Assert.All(await cpu.AllTextContentsAsync(), text => Assert.Matches(@"^\d+\.\d s$", text));
        await Assertions.Expect(page.Locator("#costs-time")).ToContainTextAsync("wall-clock");
        await Assertions.Expect(page.Locator("#costs-cpu figcaption")).ToContainTextAsync("CPU time of the thread that trained each network");
        await BrowserApp.ScreenshotAsync(page, "costs-cpu-time");
    }

    private static CampaignRequest Request(int[] ids) =>
        new(TrainedPopulation.Zoo, TrainedPopulation.Settings.Name, TrainedPopulation.Dataset, ids, null);
}
