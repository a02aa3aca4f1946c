using Netpicking.Core.Export;

namespace Netpicking.Tests.Export;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    public void TextAFormulaCouldStartWithGetsALeadingApostrophe(string text, string expected) =>
        Assert.Equal(expected, CsvText.Safe(text));

    [Theory]
    [InlineData("LinearBias_1")]
    [InlineData("a=b")]
    [InlineData("")]
    [InlineData("'quoted")]
    public void OtherTextIsLeftAlone(string text) => Assert.Equal(text, CsvText.Safe(text));

    [Fact]
    public void NegativeNumbersAreWrittenAsNumbersNotNeutralisedText()
    {
        Assert.Equal("-0.25", CsvNumber.Of(-0.25));
        Assert.Equal("-3", CsvNumber.Of(-3));
    }
}
