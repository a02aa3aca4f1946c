using Netpicking.Web.Components.Charts;

namespace Netpicking.Tests.Web;

public sealed class LogTicksTests
{
    [Theory]
    [InlineData(7850, 531605)]
    [InlineData(0.2, 220)]
    [InlineData(1588, 254083)]
    [InlineData(3, 7)]
    [InlineData(0.5, 0.9)]
    public void TicksCoverTheDataAndAscend(double min, double max)
    {
        var ticks = LogTicks.Values(min, max);

        Assert.True(ticks.Count >= 2, $"only {ticks.Count} ticks");
        Assert.True(ticks[0] <= min);
        Assert.True(ticks[^1] >= max);
        Assert.Equal(ticks.Order(), ticks);
        // Never more than a dozen labels on a chart's axis.
        Assert.True(ticks.Count <= 12, $"{ticks.Count} ticks");
    }

    [Fact]
    public void TwoDecadesGetOneTwoFiveAndFourGetOneThree()
    {
        Assert.Equal([1, 2, 5, 10, 20, 50, 100], LogTicks.Values(1.5, 60));
        Assert.Equal([3000, 10000, 30000, 100000, 300000, 1000000], LogTicks.Values(7850, 531605));
    }

    [Theory]
    [InlineData(500, "500")]
    [InlineData(1000, "1k")]
    [InlineData(30000, "30k")]
    [InlineData(1500000, "1.5M")]
    [InlineData(0.3, "0.3")]
    public void CountsReadWithSiSuffixes(double value, string text) => Assert.Equal(text, LogTicks.Count(value));

    [Theory]
    [InlineData(0.3, "0.3")]
    [InlineData(20, "20")]
    [InlineData(1000, "1,000")]
    public void SecondsReadAsPlainNumbers(double value, string text) => Assert.Equal(text, LogTicks.Seconds(value));

    [Fact]
    public void NothingToShowGivesNoTicks()
    {
        Assert.Empty(LogTicks.Values(0, 10));
        Assert.Empty(LogTicks.Values(5, 1));
    }
}
