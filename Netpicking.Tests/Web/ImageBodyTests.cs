using Bunit;
using Microsoft.AspNetCore.Components;
using Netpicking.Core.Data;
using Netpicking.Tests.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Pages.Images;

namespace Netpicking.Tests.Web;

/// <summary>The image page body on the hand-computed fixture (six networks, twelve images; good: 0, 2, 3, 4).</summary>
public sealed class ImageBodyTests : BunitContext
{
    public ImageBodyTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<ImageBody> RenderImage(int index, double good = 0.8) => Render<ImageBody>(p => p
        .Add(c => c.Analysis, new AnalysisContext(AnalysisFixture.Snapshot(), new AnalysisQuery("mnist", "t1", 2, "accuracy")))
        .Add(c => c.Info, DatasetRegistry.Mnist)
        .Add(c => c.Index, index)
        .Add(c => c.Good, good));

    [Fact]
    public void SharesAmongTheGoodAndAmongAllNetworks()
    {
        // Image 5 (label 5): networks 0–5 answer 5, 5, 5, 3, 3, 5; the good ones (0, 2, 3, 4) split 2 / 2.
        var body = RenderImage(5);

        Assert.Equal("2", body.Find("#image-good-right").TextContent);
        var truth = body.Find("#image-shares tr.truth");
        Assert.StartsWith("5 (true)", truth.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("2 · 50.0 %", truth.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 · 66.7 %", truth.TextContent, StringComparison.Ordinal);
        Assert.Equal("Wrong: 2 networks", body.FindAll("h2")[1].TextContent);
        Assert.Equal("Right: 4 networks", body.FindAll("h2")[2].TextContent);
    }

    [Fact]
    public void TheWrongNetworksShowWhatTheySaidAndTheirTopProbabilityOnceLoaded()
    {
        // Image 7 (label 7): network 0 said 1 (0.55 sure), 2 said 2, 3 said 3 (0.9 each); 1, 4, 5 said 7.
        var body = RenderImage(7);

        body.WaitForAssertion(() =>
        {
            var rows = body.FindAll("#image-wrong tbody tr:not([aria-hidden])");
            Assert.Equal(["1", "2", "3"], rows.Select(r => r.Children[1].TextContent));
            Assert.Equal(["55.0 %", "90.0 %", "90.0 %"], rows.Select(r => r.Children[2].TextContent.Trim()));
        });
        Assert.Empty(body.FindAll("#probabilities-loading"));
        Assert.Contains("not good", body.FindAll("#image-right tbody tr:not([aria-hidden])").Single(r => r.TextContent.Contains("LinearReLU_1", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGoodThresholdPicksTheVoters()
    {
        // At 70 % network 1 (0.70 then 0.99) is good too, and it answered 5.
        var body = RenderImage(5, good: 0.7);

        Assert.Equal("3", body.Find("#image-good-right").TextContent);
        Assert.Equal("images/mnist/6?dataset=mnist&run=t1&epoch=2&score=accuracy&good=0.7", body.Find("#image-next").GetAttribute("href"));
    }

    [Fact]
    public void NeighboursStopAtTheEndsAndAnIndexOutsideTheSetSaysSo()
    {
        Assert.Empty(RenderImage(0).FindAll("#image-previous"));
        Assert.Empty(RenderImage(11).FindAll("#image-next"));
        Assert.Contains("there is no image 12", RenderImage(12).Find("#image-out-of-range").TextContent, StringComparison.Ordinal);
    }
}
