using Microsoft.Playwright;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

/// <summary>An address a page cannot fully follow: every problem is shown at once, none dropped in silence.</summary>
[Collection(AppCollection.Name)]
public sealed class AddressWarningsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task EveryProblemWithTheAddressIsListedOnThePage()
    {
        var page = await app.OpenAsync(
            $"analyses/costs?dataset=nope&run={TrainedPopulation.Settings.Name}&epoch=abc&score=bogus&colour=red&maxWidth=3");
        var warnings = page.Locator("#address-warnings li");
        await Assertions.Expect(warnings).ToHaveCountAsync(4);

        var texts = await warnings.AllTextContentsAsync();
        Assert.Contains(texts, t => t.Contains("epoch=abc must be a whole number", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("no results for the dataset 'nope'", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("'bogus' is not a score this page knows", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("does not read 'colour' or 'maxWidth'", StringComparison.Ordinal));
        await BrowserApp.ScreenshotAsync(page, "address-warnings");
    }

    [Fact]
    public async Task AnOlderSpellingIsReadAndOnlyTheKeyThePageDoesNotReadIsNamed()
    {
        var page = await app.OpenAsync($"pick?dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}&maxParams=20000&colour=red");

        var warning = page.Locator("#address-warnings");
        await Assertions.Expect(warning).ToHaveTextAsync("This page does not read 'colour' in the address; it was left out.");
        await Assertions.Expect(page.Locator("#pick-max-params")).ToHaveValueAsync("20000");
    }
}
