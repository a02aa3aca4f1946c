using Bunit;
using Netpicking.Web.Components.Analysis;

namespace Netpicking.Tests.Web;

public sealed class ThresholdInputsTests : IDisposable
{
    private readonly BunitContext context = new();
    private readonly List<ThresholdsQuery> changes = [];

    [Fact]
    public void ShowsTheThresholdsAsPercentages()
    {
        var inputs = Render(new ThresholdsQuery(0.85, 0.995, [0.5, 0.9]), showLevels: true);

        Assert.Equal("85", inputs.Find("#threshold-good").GetAttribute("value"));
        Assert.Equal("99.5", inputs.Find("#threshold-gold").GetAttribute("value"));
        Assert.Equal("50, 90", inputs.Find("#threshold-levels").GetAttribute("value"));
    }

    [Fact]
    public void ATypedPercentageBecomesAFraction()
    {
        var inputs = Render(ThresholdsQuery.Default);

        inputs.Find("#threshold-good").Change("90");
        inputs.Find("#threshold-gold").Change("97,5 %");

        Assert.Equal(2, changes.Count);
        Assert.Equal(0.9, changes[0].Good);
        Assert.Equal(ThresholdsQuery.Default.Gold, changes[0].Gold);
        // Each change starts from the value the page holds (the URL's), which has not moved in this test.
        Assert.Equal(0.975, changes[1].Gold);
        Assert.Equal(ThresholdsQuery.Default.Good, changes[1].Good);
    }

    [Fact]
    public void LevelsAreSortedAndDeduplicated()
    {
        var inputs = Render(ThresholdsQuery.Default, showLevels: true);

        inputs.Find("#threshold-levels").Change("95, 80 ;99.5 80");

        Assert.Equal([0.8, 0.95, 0.995], Assert.Single(changes).Levels);
    }

    [Theory]
    [InlineData("#threshold-good", "abc")]
    [InlineData("#threshold-gold", "120")]
    [InlineData("#threshold-levels", "80, ninety")]
    public void AnInvalidEntryIsExplainedAndChangesNothing(string input, string text)
    {
        var inputs = Render(ThresholdsQuery.Default, showLevels: true);

        inputs.Find(input).Change(text);

        Assert.Empty(changes);
        Assert.Equal("true", inputs.Find(input).GetAttribute("aria-invalid"));
        Assert.Equal(text, inputs.Find(input).GetAttribute("value"));
        Assert.Equal("alert", inputs.Find("#threshold-help").GetAttribute("role"));
    }

    [Fact]
    public void ANewValueFromTheAddressReplacesWhatWasTyped()
    {
        var inputs = Render(ThresholdsQuery.Default);
        inputs.Find("#threshold-good").Change("abc");

        inputs.Render(p => p.Add(c => c.Value, ThresholdsQuery.Default with { Good = 0.7 }));

        Assert.Equal("70", inputs.Find("#threshold-good").GetAttribute("value"));
        Assert.Equal("false", inputs.Find("#threshold-good").GetAttribute("aria-invalid"));
        Assert.Null(inputs.Find("#threshold-help").GetAttribute("role"));
    }

    [Fact]
    public void ResetAppearsOnlyAwayFromTheDefaultsAndRestoresThem()
    {
        Assert.Empty(Render(ThresholdsQuery.Default).FindAll("#threshold-reset"));

        var inputs = Render(ThresholdsQuery.Default with { Gold = 0.9 });
        inputs.Find("#threshold-reset").Click();

        Assert.Equal(ThresholdsQuery.Default, Assert.Single(changes));
    }

    public void Dispose() => context.Dispose();

    private IRenderedComponent<ThresholdInputs> Render(ThresholdsQuery value, bool showLevels = false) =>
        context.Render<ThresholdInputs>(p => p
            .Add(c => c.Value, value)
            .Add(c => c.ShowLevels, showLevels)
            .Add(c => c.Epoch, 2)
            .Add(c => c.OnChange, (ThresholdsQuery t) => changes.Add(t)));
}
