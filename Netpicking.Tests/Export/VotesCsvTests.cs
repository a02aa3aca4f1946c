using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Core.Export;

namespace Netpicking.Tests.Export;

public sealed class VotesCsvTests
{
    private static string Write(ExportFilter? filter = null, IReadOnlyList<string>? classNames = null)
    {
        var text = new StringWriter();
        VotesCsv.Write(ExportFixture.Snapshot(), classNames ?? ExportFixture.ClassNames, filter ?? ExportFilter.All, text);
        return text.ToString();
    }

    [Fact]
    public void HeaderIsImageLabelClassSharesAndCategory()
    {
        Assert.Equal(
            "image,label,class,share_0,share_1,share_2,share_3,share_4,share_5,share_6,share_7,share_8,share_9,category",
            Write().Split("\r\n")[0]);
    }

    [Fact]
    public void SharesAndCategoriesAreThoseOfTheGoodNetworks()
    {
        // Voters: Basic and Conv (the Linear network is below 80 % at epoch 1).
        var rows = SnapshotCsvTests.Read(Write());

        Assert.Equal(["0", "1", "2", "3"], rows.Select(r => r["image"]));
        Assert.Equal(["easy", "easy", "weird", "confusing"], rows.Select(r => r["category"]));
        Assert.Equal(["1", "0", "0", "0", "0", "0", "0", "0", "0", "0"], Enumerable.Range(0, 10).Select(c => rows[0][$"share_{c}"]));
        Assert.Equal("1", rows[2]["share_5"]);
        Assert.Equal("0", rows[2]["share_2"]);
        Assert.Equal(("0.5", "0.5"), (rows[3]["share_3"], rows[3]["share_4"]));
        Assert.Equal(("3", "three"), (rows[3]["label"], rows[3]["class"]));
    }

    [Fact]
    public void TheFilterNarrowsTheVoters()
    {
        // Basic alone answered image 3 right.
        var rows = SnapshotCsvTests.Read(Write(new ExportFilter(Group: "Basic")));

        Assert.Equal(["easy", "easy", "weird", "easy"], rows.Select(r => r["category"]));
    }

    [Fact]
    public void NoVotersGiveZeroSharesAndNoCategory()
    {
        var rows = SnapshotCsvTests.Read(Write(new ExportFilter(Group: "Linear")));

        Assert.All(rows, r => Assert.Equal("other", r["category"]));
        Assert.All(rows, r => Assert.Equal("0", r["share_0"]));
    }

    [Fact]
    public void ClassNamesAreQuotedAndNeutralised()
    {
        string[] names = ["=zero", "T-shirt, top", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

        var lines = Write(classNames: names).Split("\r\n");

        Assert.StartsWith("0,0,'=zero,1,", lines[1]);
        Assert.StartsWith("1,1,\"T-shirt, top\",0,1,", lines[2]);
    }

    [Fact]
    public void WritesInvariantCultureUnderAGermanCurrentCulture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Contains(",0.5,0.5,", Write());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void RejectsVotesWhoseImagesDoNotMatchTheLabels()
    {
        var votes = TestImageVotes.Compute(ExportFixture.Snapshot(), [0]);

        Assert.Throws<ArgumentException>(() => VotesCsv.Write(votes, [0, 1], ExportFixture.ClassNames, new StringWriter()));
    }
}
