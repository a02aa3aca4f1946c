using Bunit;
using Netpicking.Tests.Analysis;
using Netpicking.Web.Components.Shared;

namespace Netpicking.Tests.Web;

public sealed class NetworkSelectTests : BunitContext
{
    [Fact]
    public void GroupsByFamilyInDisplayOrderBestFirst()
    {
        var select = Render<NetworkSelect>(p => p.Add(c => c.Snapshot, AnalysisFixture.Snapshot()).Add(c => c.Value, 5));

        var groups = select.FindAll("optgroup").Select(g => g.GetAttribute("label") ?? "").ToArray();
        // Conv2d at epoch 2: network 5 (0.995), 4 (0.985), 3 (0.80).
        var conv2d = select.FindAll("optgroup[label=Conv2d] option").Select(o => o.GetAttribute("value") ?? "").ToArray();

        Assert.Equal(["Basic", "Linear", "Conv2d"], groups);
        Assert.Equal(["5", "4", "3"], conv2d);
        Assert.Equal("5", select.Find("select").GetAttribute("value"));
        Assert.Contains("99.50 %", select.Find("option[value='5']").TextContent);
    }

    [Fact]
    public void ChoosingAnOptionGivesTheSnapshotIndex()
    {
        var chosen = new List<int>();
        var snapshot = AnalysisFixture.Snapshot();
        var select = Render<NetworkSelect>(p => p.Add(c => c.Snapshot, snapshot).Add(c => c.ValueChanged, chosen.Add));

        select.Find("select").Change("4");

        Assert.Equal([snapshot.IndexOf(4)], chosen);
    }

    [Fact]
    public void ExcludedNetworksAreNotOfferedAndCostsAreShownWhenAsked()
    {
        var select = Render<NetworkSelect>(p => p
            .Add(c => c.Snapshot, AnalysisFixture.Snapshot())
            .Add(c => c.Exclude, [0, 2])
            .Add(c => c.Cost, Netpicking.Core.Analysis.CostKind.Params)
            .Add(c => c.Placeholder, "Pick one"));

        var values = select.FindAll("option").Select(o => o.GetAttribute("value") ?? "").ToArray();

        Assert.Equal(["", "1", "5", "4", "3"], values);
        Assert.Empty(select.FindAll("optgroup[label=Basic]"));
        Assert.Contains("20,000 params", select.Find("option[value='1']").TextContent);
    }
}
