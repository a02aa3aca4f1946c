using System.Globalization;
using Microsoft.Playwright;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class TestImagesBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    // Nine networks trained 2 epochs on 1,000 images reach ~80–90 %: every one votes at a 30 % good threshold, and an
    // image counts as weird once fewer than half say its label and at least half agree on one wrong class.
    private static readonly string Loose =
        $"images?dataset={TrainedPopulation.Dataset}&run={TrainedPopulation.Settings.Name}&good=0.3&weird-true=0.5&weird-wrong=0.5";

    [Fact]
    public async Task TheWeirdGalleryShowsImages()
    {
        var page = await app.OpenAsync(Loose);
        await page.WaitForSelectorAsync("#gallery .image-card");

        Assert.Equal(TrainedPopulation.NetworkIds.Count.ToString(CultureInfo.InvariantCulture), await page.InnerTextAsync("#image-voters"));
        var weird = int.Parse(await page.InnerTextAsync("#count-weird"), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var cards = page.Locator("#gallery .image-card");
        Assert.Equal(Math.Min(weird, 36), await cards.CountAsync());

        // A handful of quick-trained voters cannot vouch for a wrong label: the page says so, with their accuracy.
        Assert.Contains("too weak to mean a label problem", await page.InnerTextAsync("#weak-vote"), StringComparison.Ordinal);
        Assert.Contains("median", await page.InnerTextAsync("#image-vote-accuracy"), StringComparison.Ordinal);

        // Every digit came from the PNG endpoint and was decoded by the browser at its size, 28 × 4 pixels.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#gallery img.digit')].every(i => i.complete)");
        var widths = await page.EvalOnSelectorAllAsync<int[]>("#gallery img.digit", "images => images.map(i => i.naturalWidth)");
        Assert.All(widths, w => Assert.Equal(112, w));

        // Weird here: the true class's green bar is under half, and one red bar is at least half.
        var first = cards.First;
        var truthWidth = Percent(await first.Locator(".vote-row.truth .vote-fill").GetAttributeAsync("style"));
        Assert.True(truthWidth < 50, $"true class share {truthWidth} %");
        var wrongWidths = (await first.Locator(".vote-fill.wrong").EvaluateAllAsync<string[]>("fills => fills.map(f => f.getAttribute('style'))")).Select(Percent);
        Assert.Contains(wrongWidths, w => w >= 50);
        await BrowserApp.ScreenshotAsync(page, "images-weird");

        // The card opens the image's own page: the digit large, and the networks that got it wrong with what they said.
        var index = await first.GetAttributeAsync("data-image");
        await first.Locator(".image-index").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/images/mnist/{index}?", StringComparison.Ordinal));
        await BrowserApp.WaitForCircuitAsync(page);
        // The lists are virtualised: their first and last rows are spacers.
        await page.WaitForSelectorAsync("#image-wrong tbody tr:not([aria-hidden])");
        await page.WaitForSelectorAsync("#probabilities-loading", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(280, await page.EvalOnSelectorAsync<int>("#image-large", "i => i.naturalWidth"));
        Assert.Contains("%", await page.InnerTextAsync("#image-wrong tbody tr:not([aria-hidden]) >> nth=0 >> td:nth-child(3)"), StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "image-page");
    }

    [Fact]
    public async Task EditingAThresholdRecountsAndKeepsItInTheUrl()
    {
        var page = await app.OpenAsync(Loose);
        var before = int.Parse(await page.InnerTextAsync("#count-weird"), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

        // A looser bar for the true class can only add weird images.
        await BrowserApp.EnterAsync(page, "#threshold-weird-true", "70", "weird-true=0.7");

        await page.ReloadAsync();
        await BrowserApp.WaitForCircuitAsync(page);
        Assert.Equal("70", await page.InputValueAsync("#threshold-weird-true"));
        var after = int.Parse(await page.InnerTextAsync("#count-weird"), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.True(after >= before, $"weird images: {before} at 50 %, {after} at 70 %");
    }

    private static double Percent(string? style) =>
        double.Parse(style!.Replace("width:", "", StringComparison.Ordinal).TrimEnd('%'), CultureInfo.InvariantCulture);
}
