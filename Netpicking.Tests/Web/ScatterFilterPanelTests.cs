using Bunit;
using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Pages.Explorer;

namespace Netpicking.Tests.Web;

public sealed class ScatterFilterPanelTests : BunitContext
{
    private static readonly string[] Families = ["Basic", "Linear", "Conv2d"];
    private static readonly string[] Activations = ["None", "ReLU", "Tanh"];

    [Fact]
    public void HidingAFamilyKeepsTheOthers()
    {
        var changes = new List<ExplorerQuery>();
        var panel = RenderPanel(new ExplorerQuery(), changes);

        panel.Find("button[data-family=Linear]").Click();

        Assert.Equal(["Basic", "Conv2d"], Assert.Single(changes).Scatter.Families!.Order());
    }

    [Fact]
    public void ShowingTheLastHiddenFamilyAgainRemovesTheFilter()
    {
        var changes = new List<ExplorerQuery>();
        var panel = RenderPanel(Of(new ScatterRequest(Families: new HashSet<string> { "Basic", "Conv2d" })), changes);

        Assert.Equal("false", panel.Find("button[data-family=Linear]").GetAttribute("aria-pressed"));
        panel.Find("button[data-family=Linear]").Click();

        Assert.Null(Assert.Single(changes).Scatter.Families);
    }

    [Fact]
    public void ActivationsToggleTheirOwnFilter()
    {
        var changes = new List<ExplorerQuery>();
        var panel = RenderPanel(new ExplorerQuery(), changes);

        panel.Find("button[data-activation=Tanh]").Click();

        Assert.Equal(["None", "ReLU"], Assert.Single(changes).Scatter.Activations!.Order());
        Assert.Null(changes[0].Scatter.Families);
    }

    [Fact]
    public void ScoreBoundsAreTypedInPercent()
    {
        var changes = new List<ExplorerQuery>();
        var panel = RenderPanel(new ExplorerQuery(), changes, yPercent: true);

        panel.Find("#explorer-ymin").Change("97.5");

        Assert.Equal(0.975, Assert.Single(changes).Scatter.YMin!.Value, 12);
    }

    [Fact]
    public void AucBoundsAreTypedAsFractions()
    {
        var changes = new List<ExplorerQuery>();
        var panel = RenderPanel(new ExplorerQuery(), changes, yPercent: false);

        panel.Find("#explorer-ymax").Change("0.99");

        Assert.Equal(0.99, Assert.Single(changes).Scatter.YMax!.Value, 12);
    }

    [Fact]
    public void CostBoundsAcceptThousandsSeparatorsAndAnEmptyBoxClearsThem()
    {
        var changes = new List<ExplorerQuery>();
        var panel = RenderPanel(Of(new ScatterRequest(XMin: 5000)), changes);

        panel.Find("#explorer-xmax").Change("120,000");
        panel.Find("#explorer-xmin").Change("");

        Assert.Equal(120_000, changes[0].Scatter.XMax);
        Assert.Null(changes[1].Scatter.XMin);
    }

    [Fact]
    public void TextThatIsNotANumberIsRefusedWithAMessage()
    {
        var changes = new List<ExplorerQuery>();
        var panel = RenderPanel(new ExplorerQuery(), changes);

        panel.Find("#explorer-ymin").Change("ninety");

        Assert.Empty(changes);
        Assert.Contains("'ninety' is not a number", panel.Find(".field-error").TextContent);
    }

    [Fact]
    public void ChangingTheCostDropsTheCostBoundsButKeepsTheOtherFilters()
    {
        var changes = new List<ExplorerQuery>();
        var settings = Of(new ScatterRequest(XMin: 1000, XMax: 50_000, YMin: 0.9, Forms: new HashSet<string> { "LinearReLU" }));
        var panel = RenderPanel(settings, changes);

        panel.Find("#explorer-x").Change("memory");

        var next = Assert.Single(changes);
        Assert.Equal(CostKind.Memory, next.Scatter.X);
        Assert.Equal((null, null, 0.9, "LinearReLU"), (next.Scatter.XMin, next.Scatter.XMax, next.Scatter.YMin, next.Form));
    }

    [Fact]
    public void ClearFiltersShowsOnlyWithFiltersAndKeepsAxes()
    {
        var changes = new List<ExplorerQuery>();
        Assert.Empty(RenderPanel(Of(new ScatterRequest(X: CostKind.Ops)), changes).FindAll("#explorer-clear"));

        var panel = RenderPanel(new ExplorerQuery(new ScatterRequest(X: CostKind.Ops, Activations: new HashSet<string> { "ReLU" }), ColourBy.Epoch), changes);
        panel.Find("#explorer-clear").Click();

        Assert.Equal(new ExplorerQuery(new ScatterRequest(X: CostKind.Ops), ColourBy.Epoch).Key, Assert.Single(changes).Key);
    }

    [Fact]
    public void FormChoicesFollowTheShownFamilies()
    {
        var panel = RenderPanel(Of(new ScatterRequest(Families: new HashSet<string> { "Linear" })), []);

        var forms = panel.FindAll("#explorer-form option").Select(o => o.GetAttribute("value") ?? "").ToArray();

        Assert.Equal(["", "LinearReLU", "LinearTanh"], forms);
    }

    private static ExplorerQuery Of(ScatterRequest scatter) => new(scatter);

    private IRenderedComponent<ScatterFilterPanel> RenderPanel(ExplorerQuery query, List<ExplorerQuery> changes, bool yPercent = true) =>
        Render<ScatterFilterPanel>(p => p
            .Add(c => c.Query, query)
            .Add(c => c.QueryChanged, changes.Add)
            .Add(c => c.Families, Families)
            .Add(c => c.Activations, Activations)
            .Add(c => c.Forms, [("Basic", "Basic"), ("LinearReLU", "Linear"), ("LinearTanh", "Linear"), ("Conv2dReLU", "Conv2d")])
            .Add(c => c.ScopeEpoch, 2)
            .Add(c => c.YPercent, yPercent));
}
