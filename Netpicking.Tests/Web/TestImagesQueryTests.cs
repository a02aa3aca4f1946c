using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Pages.Images;

namespace Netpicking.Tests.Web;

public sealed class TestImagesQueryTests
{
    [Fact]
    public void ValuesOutsideTheirRangeFallBackToDefaultsAndAreReported()
    {
        var values = Values(("good", "1.5"), ("weird-true", "0.2"), ("confusing", "-0.1"), ("set", "strange"), ("page", "0"), ("network", "3"),
            ("true", "12"), ("predicted", "4"), ("wrong", "1"));

        var query = TestImagesQuery.From(values);
        var notes = values.Problems;

        Assert.Equal(new TestImagesQuery(new ImageVotesRequest(WeirdTrueBelow: 0.2), Page: 1, Network: 3, Predicted: 4, WrongOnly: true), query);
        Assert.Equal(5, notes.Count);
        Assert.Contains(notes, n => n.Contains("good=1.5", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("page=0", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("set=strange", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("true=12", StringComparison.Ordinal));
    }

    [Fact]
    public void TextThatIsNotANumberIsReportedNotThrown()
    {
        var values = Values(("good", "abc"), ("page", "x"), ("network", "zz"), ("true", "a"), ("predicted", "7"));

        var query = TestImagesQuery.From(values);
        var notes = values.Problems;

        Assert.Equal(new TestImagesQuery(ImageVotesRequest.Default, Predicted: 7), query);
        Assert.Equal(["good=abc", "page=x", "network=zz", "true=a"], notes.Select(n => n[..n.IndexOf(' ', StringComparison.Ordinal)]));
        // A cell needs both classes: with the true class refused, this is not a network filter.
        Assert.False(query.IsNetworkFilter);
    }

    [Fact]
    public void ANetworkFilterNeedsACellOrWrong()
    {
        Assert.True(new TestImagesQuery(ImageVotesRequest.Default, Network: 3, TrueClass: 1, Predicted: 7).IsNetworkFilter);
        Assert.True(new TestImagesQuery(ImageVotesRequest.Default, Network: 3, WrongOnly: true).IsNetworkFilter);
        Assert.False(new TestImagesQuery(ImageVotesRequest.Default, Network: 3).IsNetworkFilter);
        Assert.False(new TestImagesQuery(ImageVotesRequest.Default, TrueClass: 1, Predicted: 7).IsNetworkFilter);
    }

    [Fact]
    public void DefaultThresholdsStayOutOfLinks()
    {
        Assert.All(new TestImagesQuery().ThresholdParameters.Values, Assert.Null);
        Assert.Equal("0.7", new TestImagesQuery(new ImageVotesRequest(0.7)).ThresholdParameters[TestImagesQuery.GoodKey]);
        Assert.Equal("?dataset=mnist&good=0.7", new TestImagesQuery(new ImageVotesRequest(0.7)).ImagePageQuery("?dataset=mnist"));
        Assert.Equal("?dataset=mnist", new TestImagesQuery().ImagePageQuery("?dataset=mnist"));
    }

    private static RequestValues Values(params (string Key, string Value)[] values) =>
        RequestValues.FromQuery(values.ToDictionary(v => v.Key, v => (string?)v.Value));
}
