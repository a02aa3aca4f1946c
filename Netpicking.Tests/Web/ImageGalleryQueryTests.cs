using Netpicking.Web.Components.Pages.Images;

namespace Netpicking.Tests.Web;

public sealed class ImageGalleryQueryTests
{
    [Fact]
    public void ValuesOutsideTheirRangeFallBackToDefaultsAndAreReported()
    {
        var notes = new List<string>();

        var query = ImageGalleryQuery.From("1.5", "0.2", null, "-0.1", "strange", "0", "3", "12", "4", "1", notes);

        Assert.Equal(new ImageGalleryQuery(WeirdTrueBelow: 0.2, Page: 1, Network: 3, Predicted: 4, WrongOnly: true), query);
        Assert.Equal(5, notes.Count);
        Assert.Contains(notes, n => n.Contains("good=1.5", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("page=0", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("'strange'", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("true=12", StringComparison.Ordinal));
    }

    [Fact]
    public void TextThatIsNotANumberIsReportedNotThrown()
    {
        var notes = new List<string>();

        var query = ImageGalleryQuery.From("abc", null, null, null, null, "x", "zz", "a", "7", null, notes);

        Assert.Equal(new ImageGalleryQuery(Predicted: 7), query);
        Assert.Equal(["good=abc", "page=x", "network=zz", "true=a"], notes.Select(n => n[..n.IndexOf(' ', StringComparison.Ordinal)]));
        // A cell needs both classes: with the true class refused, this is not a network filter.
        Assert.False(query.IsNetworkFilter);
    }

    [Fact]
    public void ANetworkFilterNeedsACellOrWrong()
    {
        Assert.True(new ImageGalleryQuery(Network: 3, TrueClass: 1, Predicted: 7).IsNetworkFilter);
        Assert.True(new ImageGalleryQuery(Network: 3, WrongOnly: true).IsNetworkFilter);
        Assert.False(new ImageGalleryQuery(Network: 3).IsNetworkFilter);
        Assert.False(new ImageGalleryQuery(TrueClass: 1, Predicted: 7).IsNetworkFilter);
    }

    [Fact]
    public void DefaultThresholdsStayOutOfLinks()
    {
        Assert.All(new ImageGalleryQuery().ThresholdParameters.Values, Assert.Null);
        Assert.Equal("0.7", new ImageGalleryQuery(Good: 0.7).ThresholdParameters[ImageGalleryQuery.GoodKey]);
        Assert.Equal("?dataset=mnist&good=0.7", new ImageGalleryQuery(Good: 0.7).ImagePageQuery("?dataset=mnist"));
        Assert.Equal("?dataset=mnist", new ImageGalleryQuery().ImagePageQuery("?dataset=mnist"));
    }
}
