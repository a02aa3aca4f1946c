using Bunit;
using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Pages.PredictionSet;

namespace Netpicking.Tests.Web;

public sealed class OutcomeWeightInputsTests : BunitContext
{
    [Fact]
    public void ChangingOneWeightKeepsTheOthers()
    {
        var changes = new List<SetOutcomeWeights>();
        var inputs = RenderInputs(SetOutcomeWeights.Default, changes);

        inputs.Find("#weight-wo").Change("-2.5");

        Assert.Equal(SetOutcomeWeights.Default with { WrongTruthOutside = -2.5 }, Assert.Single(changes));
    }

    [Fact]
    public void TheTypographicMinusIsAccepted()
    {
        var changes = new List<SetOutcomeWeights>();
        var inputs = RenderInputs(SetOutcomeWeights.Default, changes);

        inputs.Find("#weight-cu").Change("−3");

        Assert.Equal(-3, Assert.Single(changes).CorrectUnsure);
    }

    [Fact]
    public void TextThatIsNotANumberIsRefused()
    {
        var changes = new List<SetOutcomeWeights>();
        var inputs = RenderInputs(SetOutcomeWeights.Default, changes);

        inputs.Find("#weight-ws").Change("a lot");

        Assert.Empty(changes);
        Assert.Contains("Wrong & sure", inputs.Find(".field-error").TextContent);
    }

    [Fact]
    public void ResetIsOfferedOnlyAwayFromTheDefaults()
    {
        var changes = new List<SetOutcomeWeights>();
        Assert.Empty(RenderInputs(SetOutcomeWeights.Default, changes).FindAll("#weights-reset"));

        var inputs = RenderInputs(new SetOutcomeWeights(2, 0, 0, 0, 0), changes);
        Assert.Equal("2", inputs.Find("#weight-cs").GetAttribute("value"));
        inputs.Find("#weights-reset").Click();

        Assert.Equal(SetOutcomeWeights.Default, Assert.Single(changes));
    }

    private IRenderedComponent<OutcomeWeightInputs> RenderInputs(SetOutcomeWeights weights, List<SetOutcomeWeights> changes) =>
        Render<OutcomeWeightInputs>(p => p.Add(c => c.Value, weights).Add(c => c.ValueChanged, changes.Add));
}
