using Bunit;
using Netpicking.Web.Components.Pages.Images;

namespace Netpicking.Tests.Web;

public sealed class ImageCardTests : BunitContext
{
    private static readonly double[] Shares = [0, 0, 0, 0.92, 0, 0.04, 0, 0, 0.04, 0];

    [Fact]
    public void ShowsTheCrispImageItsIndexLabelAndRightCountLinkingToTheImagePage()
    {
        var card = Render<ImageCard>(p => p
            .Add(c => c.Dataset, "mnist").Add(c => c.Index, 1234).Add(c => c.Truth, 3)
            .Add(c => c.Shares, Shares).Add(c => c.Right, 23).Add(c => c.Voters, 25)
            .Add(c => c.Link, "images/mnist/1234?dataset=mnist"));

        var image = card.Find("img.digit");
        Assert.Equal("images/mnist/1234.png", image.GetAttribute("src"));
        Assert.Equal(("112", "112"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("Test image 1234, true class 3", image.GetAttribute("alt"));
        Assert.Equal("#1,234", card.Find(".image-index").TextContent);
        Assert.Equal("images/mnist/1234?dataset=mnist", card.Find(".image-index").GetAttribute("href"));
        Assert.Contains("true 3", card.Find(".image-label").TextContent);
        Assert.Empty(card.FindAll(".class-name"));
        Assert.Equal("23 / 25 good right", card.Find(".image-card-foot").TextContent.Trim());
        Assert.Single(card.FindAll(".vote-row.truth"));
    }

    [Fact]
    public void NamesTheClassForFashionMnistAndMarksAllWrongInRed()
    {
        var card = Render<ImageCard>(p => p
            .Add(c => c.Dataset, "fashion-mnist").Add(c => c.Index, 7).Add(c => c.Truth, 6).Add(c => c.ClassName, "Shirt")
            .Add(c => c.Shares, Shares).Add(c => c.Right, 0).Add(c => c.Voters, 25).Add(c => c.Link, "images/fashion-mnist/7"));

        Assert.Equal("images/fashion-mnist/7.png", card.Find("img.digit").GetAttribute("src"));
        Assert.Equal("Shirt", card.Find(".class-name").TextContent.Trim());
        Assert.Equal("Test image 7, true class 6 (Shirt)", card.Find("img.digit").GetAttribute("alt"));
        Assert.NotNull(card.Find(".none-right"));
    }

    [Fact]
    public void WithoutVotersTheCardSaysSoInsteadOfZeroOfZero()
    {
        var card = Render<ImageCard>(p => p
            .Add(c => c.Dataset, "mnist").Add(c => c.Index, 0).Add(c => c.Truth, 7)
            .Add(c => c.Shares, new double[10]).Add(c => c.Right, 0).Add(c => c.Voters, 0).Add(c => c.Link, "images/mnist/0"));

        Assert.Contains("no good networks to vote", card.Find(".image-card-foot").TextContent);
    }
}
