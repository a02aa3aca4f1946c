using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Analysis;
using Netpicking.Core.Data;
using Netpicking.Tests.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Pages.Images;

namespace Netpicking.Tests.Web;

/// <summary>The Test images page body on the hand-computed fixture (six networks, twelve images; good: 0, 2, 3, 4).</summary>
public sealed class TestImagesBodyTests : BunitContext
{
    public TestImagesBodyTests()
    {
        Services.AddSingleton(new DatasetRegistry());
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<TestImagesBody> RenderBody(TestImagesQuery query) => Render<TestImagesBody>(p => p
        .Add(c => c.Analysis, new AnalysisContext(AnalysisFixture.Snapshot(), new AnalysisQuery("mnist", "t1", 2, "accuracy")))
        .Add(c => c.Query, query));

    private static int[] CardImages(IRenderedComponent<TestImagesBody> body) =>
        body.FindAll(".image-card").Select(c => int.Parse(c.GetAttribute("data-image")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void CountsTheThreeSetsAndShowsTheWeirdGalleryFirst()
    {
        var body = RenderBody(new TestImagesQuery());

        Assert.Equal("4", body.Find("#image-voters").TextContent);
        Assert.Equal(("2", "2", "6"), (body.Find("#count-weird").TextContent, body.Find("#count-confusing").TextContent, body.Find("#count-easy").TextContent));
        Assert.Contains("active", body.Find("#tab-weird").ClassList);
        // Weird: image 4 (label 4, all four say 9) and image 11 (label 1, all say 7).
        Assert.Equal([4, 11], CardImages(body));
        Assert.Equal("0 / 4 good right", body.FindAll(".image-card-foot")[0].TextContent.Trim());
        Assert.Equal("images/mnist/4?dataset=mnist&run=t1&epoch=2&score=accuracy", body.Find(".image-index").GetAttribute("href"));
    }

    [Fact]
    public void ThresholdsChangeTheVotersAndTheSets()
    {
        // Good at 70 %: network 1 votes too. Image 11 (label 1): 0, 2, 3, 4 say 7, network 1 says 1 → 1/5 right, 4/5 on 7:
        // weird needs a true share below 25 % and a wrong one of at least 80 % here.
        var body = RenderBody(new TestImagesQuery(new ImageVotesRequest(0.7, 0.25, 0.8)));

        Assert.Equal("5", body.Find("#image-voters").TextContent);
        Assert.Equal([4, 11], CardImages(body));
        Assert.Equal("1 / 5 good right", body.FindAll(".image-card-foot")[1].TextContent.Trim());
        Assert.Equal("70", body.Find("#threshold-good").GetAttribute("value"));
    }

    [Fact]
    public void TheEasyGalleryIsPaged()
    {
        var body = RenderBody(new TestImagesQuery(ImageVotesRequest.Default, Set: TestImagesQuery.Easy, Page: 5));

        // Six easy images fit one page: an out-of-range page shows the last one, and no pager.
        Assert.Equal([0, 1, 2, 3, 8, 10], CardImages(body));
        Assert.Empty(body.FindAll(".gallery-pager"));
    }

    [Fact]
    public void NetworkFilterListsOneConfusionCellWithWhatTheNetworkSaid()
    {
        var body = RenderBody(new TestImagesQuery(ImageVotesRequest.Default, Network: 0, TrueClass: 1, Predicted: 7));

        Assert.Empty(body.FindAll(".gallery-tabs"));
        Assert.Contains("Basic_0", body.Find("#network-filter").TextContent);
        Assert.Equal([11], CardImages(body));
        Assert.Equal("network said 7", body.Find(".said").TextContent);
    }

    [Fact]
    public void NetworkFilterListsAllWrongImages()
    {
        // Network 1 (zoo id 1) is wrong on images 1 (said 7) and 4 (said 9).
        var body = RenderBody(new TestImagesQuery(ImageVotesRequest.Default, Network: 1, WrongOnly: true));

        Assert.Equal([1, 4], CardImages(body));
        Assert.Equal(["network said 7", "network said 9"], body.FindAll(".said").Select(s => s.TextContent));
    }

    [Fact]
    public void ANetworkWithoutResultsInTheScopeIsNamedNotShownEmpty()
    {
        var body = RenderBody(new TestImagesQuery(ImageVotesRequest.Default, Network: 999, WrongOnly: true));

        Assert.Contains("Network 999 has no results in mnist / t1 at epoch 2", body.Find("#network-filter-missing").TextContent);
        Assert.Empty(body.FindAll(".image-card"));
    }

    [Fact]
    public void NoGoodNetworksMeansNoVotesAndSaysWhatToDo()
    {
        var body = RenderBody(new TestImagesQuery(new ImageVotesRequest(1.0)));

        Assert.Equal("0", body.Find("#image-voters").TextContent);
        Assert.Contains("Lower the good threshold", body.Find("#gallery-empty").TextContent);
    }
}
