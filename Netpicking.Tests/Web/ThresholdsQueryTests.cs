using Netpicking.Web.Components.Analysis;


namespace Netpicking.Tests.Web;

public sealed class ThresholdsQueryTests
{
    [Fact]
    public void ReadsFractionsFromTheAddress()
    {
        var thresholds = ThresholdsQuery.FromQuery("0.9", "0.955", "0.5,0.99", out var problems);

        Assert.Empty(problems);
        Assert.Equal(new ThresholdsQuery(0.9, 0.955, [0.5, 0.99]), thresholds);
    }

    [Theory]
    [InlineData("90", null, null)]
    [InlineData(null, "-0.1", null)]
    [InlineData(null, null, "0.8,1.5")]
    [InlineData(null, null, "0.8,x")]
    public void ValuesThatAreNotFractionsFallBackToTheDefaultsAndSaySo(string? good, string? gold, string? levels)
    {
        var thresholds = ThresholdsQuery.FromQuery(good, gold, levels, out var problems);

        Assert.Equal(ThresholdsQuery.Default, thresholds);
        Assert.Single(problems);
    }

    [Fact]
    public void TheAddressLeavesDefaultsOutAndReadsBackWhatItWrites()
    {
        Assert.All(ThresholdsQuery.Default.Parameters.Values, Assert.Null);

        var changed = new ThresholdsQuery(0.7, 0.975, [0.6, 0.97]);
        var p = changed.Parameters;
        var back = ThresholdsQuery.FromQuery((string?)p["good"], (string?)p["gold"], (string?)p["levels"], out var problems);

        Assert.Empty(problems);
        Assert.Equal(changed, back);
        Assert.Equal("good=0.7&gold=0.975", changed.QueryPart);
    }

    [Theory]
    [InlineData("80", 0.8)]
    [InlineData("99.5", 0.995)]
    [InlineData(" 97,5 % ", 0.975)]
    [InlineData("0", 0.0)]
    [InlineData("100", 1.0)]
    public void ParsesPercentagesAsTyped(string text, double expected)
    {
        Assert.True(ThresholdsQuery.TryParsePercent(text, out var fraction));
        Assert.Equal(expected, fraction);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("100.1")]
    [InlineData("-1")]
    public void RejectsWhatIsNotAPercentage(string text) => Assert.False(ThresholdsQuery.TryParsePercent(text, out _));

    [Fact]
    public void TooManyLevelsAreRejected() =>
        Assert.False(ThresholdsQuery.TryParseLevels(string.Join(',', Enumerable.Range(1, ThresholdsQuery.MaxLevels + 1)), out _));
}
