using Bunit;
using Netpicking.Web.Components.Pages.Images;

namespace Netpicking.Tests.Web;

public sealed class VoteBarTests : BunitContext
{
    // 92 % say 3, 8 % say the true class 1: a typical weird image.
    private static readonly double[] Shares = [0, 0.08, 0, 0.92, 0, 0, 0, 0, 0, 0];

    [Fact]
    public void OneRowPerClassWithTheTrueClassHighlightedGreenAndTheOthersRed()
    {
        var bar = Render<VoteBar>(p => p.Add(c => c.Shares, Shares).Add(c => c.Truth, 1));

        var rows = bar.FindAll(".vote-row");
        Assert.Equal(10, rows.Count);
        Assert.Equal(["1"], rows.Where(r => r.ClassList.Contains("truth")).Select(r => r.QuerySelector(".vote-class")!.TextContent));
        var truthFill = rows[1].QuerySelector(".vote-fill")!;
        Assert.Contains("right", truthFill.ClassList);
        Assert.Equal("width:8%", truthFill.GetAttribute("style"));
        var wrongFill = rows[3].QuerySelector(".vote-fill")!;
        Assert.Contains("wrong", wrongFill.ClassList);
        Assert.Equal("width:92%", wrongFill.GetAttribute("style"));
        Assert.Equal("92 %", rows[3].QuerySelector(".vote-share")!.TextContent);
        // Classes nobody chose get an empty bar and no number, so the eye finds the two that matter.
        Assert.Equal("width:0%", rows[0].QuerySelector(".vote-fill")!.GetAttribute("style"));
        Assert.Equal("", rows[0].QuerySelector(".vote-share")!.TextContent);
    }

    [Fact]
    public void TheTextAlternativeListsTheVotesLargestFirstWithClassNames()
    {
        var names = new[] { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot" };

        var bar = Render<VoteBar>(p => p.Add(c => c.Shares, Shares).Add(c => c.Truth, 1).Add(c => c.ClassNames, names));

        Assert.Equal("Votes: 3 Dress 92 %, 1 Trouser (true) 8 %", bar.Find(".vote-bar").GetAttribute("aria-label"));
        Assert.Equal("3 Dress: 92.0 %", bar.FindAll(".vote-row")[3].GetAttribute("title"));
    }

    [Fact]
    public void NoVotesSaySo()
    {
        var bar = Render<VoteBar>(p => p.Add(c => c.Shares, new double[10]).Add(c => c.Truth, 0));

        Assert.Equal("No votes", bar.Find(".vote-bar").GetAttribute("aria-label"));
    }
}
