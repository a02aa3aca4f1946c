using Bunit;
using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Pages.PredictionSet;

namespace Netpicking.Tests.Web;

public sealed class RapsOptionsInputsTests : BunitContext
{
    [Theory]
    [InlineData("#raps-alpha", "0.1")]
    [InlineData("#raps-kreg", "5")]
    [InlineData("#raps-lambda", "0.02")]
    public void AGoodValueChangesItsOptionOnly(string input, string text)
    {
        var changes = new List<RapsOptions>();
        var inputs = RenderInputs(changes);

        inputs.Find(input).Change(text);

        var expected = input switch
        {
            "#raps-alpha" => RapsOptions.Default with { Alpha = 0.1 },
            "#raps-kreg" => RapsOptions.Default with { KReg = 5 },
            _ => RapsOptions.Default with { Lambda = 0.02 },
        };
        Assert.Equal(expected, Assert.Single(changes));
    }

    [Theory]
    [InlineData("#raps-alpha", "0", "α must be")]
    [InlineData("#raps-alpha", "1.5", "α must be")]
    [InlineData("#raps-kreg", "2.5", "k_reg must be")]
    [InlineData("#raps-kreg", "11", "k_reg must be")]
    [InlineData("#raps-lambda", "-0.1", "λ must be")]
    public void AValueOutOfRangeIsRefusedWithAMessage(string input, string text, string message)
    {
        var changes = new List<RapsOptions>();
        var inputs = RenderInputs(changes);

        inputs.Find(input).Change(text);

        Assert.Empty(changes);
        Assert.StartsWith(message, inputs.Find(".field-error").TextContent);
    }

    private IRenderedComponent<RapsOptionsInputs> RenderInputs(List<RapsOptions> changes) =>
        Render<RapsOptionsInputs>(p => p.Add(c => c.Value, RapsOptions.Default).Add(c => c.ValueChanged, changes.Add));
}
