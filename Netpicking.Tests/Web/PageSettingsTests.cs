using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Pages.Agreements;
using Netpicking.Web.Components.Pages.Cascades;
using Netpicking.Web.Components.Pages.Ensemble;
using Netpicking.Web.Components.Pages.Explorer;
using Netpicking.Web.Components.Pages.PredictionSet;

namespace Netpicking.Tests.Web;

/// <summary>Page settings survive the trip through the URL query, and bad values fall back to the defaults.</summary>
public sealed class PageSettingsTests
{
    [Fact]
    public void ExplorerSettingsReadBackFromTheirQuery()
    {
        var settings = new ExplorerSettings(
            CostKind.TrainingTime, ColourBy.Activation, AllEpochs: true, new HashSet<string> { "Linear", "Basic" },
            new HashSet<string> { "ReLU" }, "LinearReLU", 1.5, 30, 0.9, 0.995);

        var back = ExplorerSettings.FromQuery(Reader(settings.Parameters));

        Assert.Equal(settings.Key, back.Key);
        Assert.Equal(["Basic", "Linear"], back.Families!.Order());
        Assert.Equal(0.995, back.YMax);
    }

    [Fact]
    public void DefaultExplorerSettingsLeaveTheQueryEmpty()
    {
        Assert.All(new ExplorerSettings().Parameters.Values, Assert.Null);
        Assert.Equal("", new ExplorerSettings().Key);
    }

    [Fact]
    public void UnknownExplorerValuesFallBack()
    {
        var settings = ExplorerSettings.FromQuery(key => key switch
        {
            ExplorerSettings.XKey => "weight",
            ExplorerSettings.ColourKey => "42",
            ExplorerSettings.YMinKey => "lots",
            _ => null,
        });

        Assert.Equal(new ExplorerSettings().Key, settings.Key);
    }

    [Fact]
    public void PredictionSetSettingsReadBackFromTheirQuery()
    {
        var settings = new PredictionSetSettings(
            RapsOptions.Default with { Alpha = 0.1, KReg = 1, Lambda = 0.05 }, new SetOutcomeWeights(1, -1, -2.5, -3, 0), "size", Descending: false);

        Assert.Equal(settings, PredictionSetSettings.FromQuery(Reader(settings.Parameters)));
        Assert.All(new PredictionSetSettings().Parameters.Values, Assert.Null);
    }

    [Fact]
    public void BadPredictionSetValuesFallBack()
    {
        var settings = PredictionSetSettings.FromQuery(key => key switch
        {
            PredictionSetSettings.AlphaKey => "1.5",
            PredictionSetSettings.KRegKey => "-1",
            PredictionSetSettings.WeightsKey => "1,2,3",
            PredictionSetSettings.SortKey => "colour",
            _ => null,
        });

        Assert.Equal(new PredictionSetSettings(), settings);
    }

    [Fact]
    public void EnsembleSettingsReadBackAndClampTheCurve()
    {
        var settings = new EnsembleSettings(CostKind.Ops, 20, [7, 3, 11], CostKind.Memory, 12_345.5);
        var back = EnsembleSettings.FromQuery(Reader(settings.Parameters));

        Assert.Equal((settings.CurveCost, settings.CurveSize, settings.GreedyCost, settings.Budget), (back.CurveCost, back.CurveSize, back.GreedyCost, back.Budget));
        Assert.Equal([7, 3, 11], back.MemberIds);
        Assert.Equal(EnsembleSettings.MaxCurveSize, EnsembleSettings.FromQuery(k => k == EnsembleSettings.CurveSizeKey ? "5000" : null).CurveSize);
        Assert.Null(EnsembleSettings.FromQuery(k => k == EnsembleSettings.BudgetKey ? "-3" : null).Budget);
    }

    [Fact]
    public void CascadeAndAgreementSettingsReadBack()
    {
        var cascade = new CascadeSettings(12, 974, CostKind.TrainingTime);
        var agreement = new AgreementSettings(Diverging: true, GoodOnly: true, First: 3, Second: 8);

        Assert.Equal(cascade, CascadeSettings.FromQuery(Reader(cascade.Parameters)));
        Assert.Equal(agreement, AgreementSettings.FromQuery(Reader(agreement.Parameters)));
        Assert.All(new CascadeSettings().Parameters.Values, Assert.Null);
    }

    private static Func<string, string?> Reader(IReadOnlyDictionary<string, object?> parameters) =>
        key => parameters.TryGetValue(key, out var value) ? (string?)value : null;
}
