using Bunit;
using Netpicking.Tests.Analysis;
using Netpicking.Web.Components.Shared;

namespace Netpicking.Tests.Web;

public sealed class NetworkSetSelectTests : BunitContext
{
    [Fact]
    public void AddingAppendsAndTheChosenAreNotOfferedAgain()
    {
        var changes = new List<IReadOnlyList<int>>();
        var set = RenderSet([2, 0], changes);

        Assert.Empty(set.FindAll("#set-add option[value='2'], #set-add option[value='0']"));
        set.Find("#set-add").Change("4");

        Assert.Equal([2, 0, 4], Assert.Single(changes));
    }

    [Fact]
    public void RemovingAndClearing()
    {
        var changes = new List<IReadOnlyList<int>>();
        var set = RenderSet([2, 0, 4], changes);

        set.Find("button[aria-label='Remove Basic_0']").Click();
        set.Find("button.btn").Click();

        Assert.Equal([2, 4], changes[0]);
        Assert.Empty(changes[1]);
    }

    [Fact]
    public void AnEmptySetSaysSoAndOffersNoClear()
    {
        var set = RenderSet([], []);

        Assert.Contains("Nothing yet", set.Find(".network-set-members").TextContent);
        Assert.Empty(set.FindAll("button.btn"));
    }

    private IRenderedComponent<NetworkSetSelect> RenderSet(IReadOnlyList<int> members, List<IReadOnlyList<int>> changes) =>
        Render<NetworkSetSelect>(p => p
            .Add(c => c.Snapshot, AnalysisFixture.Snapshot())
            .Add(c => c.Members, members)
            .Add(c => c.MembersChanged, changes.Add)
            .Add(c => c.Id, "set")
            .Add(c => c.EmptyText, "Nothing yet"));
}
