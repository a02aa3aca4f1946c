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
        var changes = new List<ExplorerSettings>();
        var panel = RenderPanel(new ExplorerSettings(), changes);

        panel.Find("button[data-family=Linear]").Click();

        Assert.Equal(["Basic", "Conv2d"], Assert.Single(changes).Families!.Order());
    }

    [Fact]
    public void ShowingTheLastHiddenFamilyAgainRemovesTheFilter()
    {
        var changes = new List<ExplorerSettings>();
        var panel = RenderPanel(new ExplorerSettings(Families: new HashSet<string> { "Basic", "Conv2d" }), changes);

        Assert.Equal("false", panel.Find("button[data-family=Linear]").GetAttribute("aria-pressed"));
        panel.Find("button[data-family=Linear]").Click();

        Assert.Null(Assert.Single(changes).Families);
    }

    [Fact]
    public void ActivationsToggleTheirOwnFilter()
    {
        var changes = new List<ExplorerSettings>();
        var panel = RenderPanel(new ExplorerSettings(), changes);

        panel.Find("button[data-activation=Tanh]").Click();

        Assert.Equal(["None", "ReLU"], Assert.Single(changes).Activations!.Order());
        Assert.Null(changes[0].Families);
    }

    [Fact]
    public void ScoreBoundsAreTypedInPercent()
    {
        var changes = new List<ExplorerSettings>();
        var panel = RenderPanel(new ExplorerSettings(), changes, yPercent: true);

        panel.Find("#explorer-ymin").Change("97.5");

        Assert.Equal(0.975, Assert.Single(changes).YMin!.Value, 12);
    }

    [Fact]
    public void AucBoundsAreTypedAsFractions()
    {
        var changes = new List<ExplorerSettings>();
        var panel = RenderPanel(new ExplorerSettings(), changes, yPercent: false);

        panel.Find("#explorer-ymax").Change("0.99");

        Assert.Equal(0.99, Assert.Single(changes).YMax!.Value, 12);
    }

    [Fact]
    public void CostBoundsAcceptThousandsSeparatorsAndAnEmptyBoxClearsThem()
    {
        var changes = new List<ExplorerSettings>();
        var panel = RenderPanel(new ExplorerSettings(XMin: 5000), changes);

        panel.Find("#explorer-xmax").Change("120,000");
        panel.Find("#explorer-xmin").Change("");

        Assert.Equal(120_000, changes[0].XMax);
        Assert.Null(changes[1].XMin);
    }

    [Fact]
    public void TextThatIsNotANumberIsRefusedWithAMessage()
    {
        var changes = new List<ExplorerSettings>();
        var panel = RenderPanel(new ExplorerSettings(), changes);

        panel.Find("#explorer-ymin").Change("ninety");

        Assert.Empty(changes);
        Assert.Contains("'ninety' is not a number", panel.Find(".field-error").TextContent);
    }

    [Fact]
    public void ChangingTheCostDropsTheCostBoundsButKeepsTheOtherFilters()
    {
        var changes = new List<ExplorerSettings>();
        var settings = new ExplorerSettings(XMin: 1000, XMax: 50_000, YMin: 0.9, Form: "LinearReLU");
        var panel = RenderPanel(settings, changes);

        panel.Find("#explorer-x").Change("memory");

        var next = Assert.Single(changes);
        Assert.Equal(CostKind.Memory, next.X);
        Assert.Equal((null, null, 0.9, "LinearReLU"), (next.XMin, next.XMax, next.YMin, next.Form));
    }

    [Fact]
    public void ClearFiltersShowsOnlyWithFiltersAndKeepsAxes()
    {
        var changes = new List<ExplorerSettings>();
        Assert.Empty(RenderPanel(new ExplorerSettings(X: CostKind.Ops), changes).FindAll("#explorer-clear"));

        var panel = RenderPanel(new ExplorerSettings(X: CostKind.Ops, Colour: ColourBy.Epoch, Activations: new HashSet<string> { "ReLU" }), changes);
        panel.Find("#explorer-clear").Click();

        Assert.Equal(new ExplorerSettings(X: CostKind.Ops, Colour: ColourBy.Epoch).Key, Assert.Single(changes).Key);
    }

    [Fact]
    public void FormChoicesFollowTheShownFamilies()
    {
        var panel = RenderPanel(new ExplorerSettings(Families: new HashSet<string> { "Linear" }), []);

        var forms = panel.FindAll("#explorer-form option").Select(o => o.GetAttribute("value") ?? "").ToArray();

        Assert.Equal(["", "LinearReLU", "LinearTanh"], forms);
    }

    private IRenderedComponent<ScatterFilterPanel> RenderPanel(ExplorerSettings settings, List<ExplorerSettings> changes, bool yPercent = true) =>
        Render<ScatterFilterPanel>(p => p
            .Add(c => c.Settings, settings)
            .Add(c => c.SettingsChanged, changes.Add)
            .Add(c => c.Families, Families)
            .Add(c => c.Activations, Activations)
            .Add(c => c.Forms, [("Basic", "Basic"), ("LinearReLU", "Linear"), ("LinearTanh", "Linear"), ("Conv2dReLU", "Conv2d")])
            .Add(c => c.ScopeEpoch, 2)
            .Add(c => c.YPercent, yPercent));
}
