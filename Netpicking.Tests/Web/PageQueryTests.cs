using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Pages.Agreements;
using Netpicking.Web.Components.Pages.Explorer;
using Netpicking.Web.Components.Pages.PredictionSet;

namespace Netpicking.Tests.Web;

/// <summary>Page queries survive the trip through the URL query, bad values fall back to the defaults, and old links still read.</summary>
public sealed class PageQueryTests
{
    [Fact]
    public void TheScopeReadsItsZooAndNeverWritesTheDefaultOne()
    {
        var imported = AnalysisQuery.FromUri("http://localhost/analyses/scores?zoo=mine&dataset=mnist&run=quick&epoch=2");
        var builtIn = AnalysisQuery.FromUri("http://localhost/analyses/scores?dataset=mnist&run=quick&epoch=2");

        Assert.Equal("mine", imported.Zoo);
        Assert.Null(builtIn.Zoo);
        Assert.Equal("?zoo=mine&dataset=mnist&run=quick&epoch=2", imported.ToQueryString());
        Assert.Equal("?dataset=mnist&run=quick&epoch=2", (imported with { Zoo = "mnistk-1001" }).ToQueryString());
    }

    [Fact]
    public void ExplorerQueryReadsBackFromItsParameters()
    {
        var query = new ExplorerQuery(
            new ScatterRequest(
                CostKind.TrainingTime, AllEpochs: true, new HashSet<string> { "Linear", "Basic" }, new HashSet<string> { "LinearReLU" },
                new HashSet<string> { "ReLU" }, 1.5, 30, 0.9, 0.995),
            ColourBy.Activation);

        var back = ExplorerQuery.From(Values(query.Parameters));

        Assert.Equal(query.Key, back.Key);
        Assert.Equal(["Basic", "Linear"], back.Scatter.Families!.Order());
        Assert.Equal(0.995, back.Scatter.YMax);
        Assert.Equal("LinearReLU", back.Form);
    }

    [Fact]
    public void DefaultExplorerQueryLeavesTheQueryEmpty()
    {
        Assert.All(new ExplorerQuery().Parameters.Values, Assert.Null);
        Assert.Equal("", new ExplorerQuery().Key);
    }

    [Fact]
    public void UnknownExplorerValuesFallBack()
    {
        var values = Values(new Dictionary<string, object?> { ["x"] = "weight", [ExplorerQuery.ColourKey] = "42", ["ymin"] = "lots" });

        var query = ExplorerQuery.From(values);

        Assert.Equal(new ExplorerQuery().Key, query.Key);
        Assert.Equal(2, values.Problems.Count);
    }

    [Fact]
    public void PredictionSetsQueryReadsBackFromItsParameters()
    {
        var query = new PredictionSetQuery(
            new PredictionSetsRequest(RapsOptions.Default with { Alpha = 0.1, KReg = 1, Lambda = 0.05 }, new SetOutcomeWeights(1, -1, -2.5, -3, 0)),
            "size", Descending: false);

        Assert.Equal(query, PredictionSetQuery.From(Values(query.Parameters)));
        Assert.All(new PredictionSetQuery().Parameters.Values, Assert.Null);
    }

    [Fact]
    public void BadPredictionSetValuesFallBack()
    {
        var values = Values(new Dictionary<string, object?> { ["alpha"] = "1.5", ["k-reg"] = "-1", ["weights"] = "1,2,3", [PredictionSetQuery.SortKey] = "colour" });

        Assert.Equal(new PredictionSetQuery(), PredictionSetQuery.From(values));
        Assert.Equal(3, values.Problems.Count);
    }

    [Fact]
    public void EnsembleRequestsReadBackAndRefuseSizesOutOfRange()
    {
        var request = new EnsemblesRequest(CostKind.Ops, 20, [7, 3, 11], CostKind.Memory, 12_345.5);
        var back = EnsemblesRequest.Read(Values(QueryValues.Parameters(request.Parameters)));

        Assert.Equal(request, back);
        Assert.Equal([7, 3, 11], back.MemberIds);
        Assert.Equal(EnsemblesRequest.DefaultMaxSize, EnsemblesRequest.Read(Values(new Dictionary<string, object?> { ["max-size"] = "5000" })).MaxSize);
        Assert.Null(EnsemblesRequest.Read(Values(new Dictionary<string, object?> { ["budget"] = "-3" })).Budget);
    }

    [Fact]
    public void CascadeRequestsAndAgreementQueriesReadBack()
    {
        var cascade = new CascadeRequest(12, 974, CostKind.TrainingTime);
        var agreement = new AgreementsQuery(new AgreementRequest(GoodOnly: true, First: 3, Second: 8), Diverging: true);

        Assert.Equal(cascade, CascadeRequest.Read(Values(QueryValues.Parameters(cascade.Parameters))));
        Assert.Equal(agreement, AgreementsQuery.From(Values(agreement.Parameters)));
        Assert.All(QueryValues.Parameters(new CascadeRequest().Parameters).Values, Assert.Null);
    }

    [Fact]
    public void LinksSavedWithTheOlderSpellingsOpenTheSameView()
    {
        var sets = PredictionSetsRequest.Read(Values(new Dictionary<string, object?> { ["kreg"] = "4", ["w"] = "1,0,0,0,0" }));
        var ensembles = EnsemblesRequest.Read(Values(new Dictionary<string, object?> { ["curve"] = "ops", ["size"] = "20", ["gcost"] = "memory" }));
        var scatter = ScatterRequest.Read(Values(new Dictionary<string, object?> { ["form"] = "LinearReLU" }));

        Assert.Equal((4, 0.0), (sets.Options.KReg, sets.Weights.CorrectUnsure));
        Assert.Equal((CostKind.Ops, 20, CostKind.Memory), (ensembles.CurveCost, ensembles.MaxSize, ensembles.GreedyCost));
        Assert.Equal(["LinearReLU"], scatter.Forms!);
        Assert.True(ScoreSelector.TryParse("balanced-accuracy", out var score));
        Assert.Equal("balanced_accuracy", score.ToString());

        // Written back, a link carries the current spelling only.
        var written = QueryValues.Parameters(sets.Parameters);
        Assert.Equal("4", written["k-reg"]);
        Assert.True(written.ContainsKey("kreg") && written["kreg"] is null);
    }

    [Fact]
    public void ThresholdsQueriesShareTheCoreRequests()
    {
        var thresholds = ThresholdsQuery.FromQuery("0.9", null, "0.5,0.99", out var problems);

        Assert.Empty(problems);
        Assert.Equal(new GoodGoldRequest(0.9), thresholds.GoodGold);
        Assert.Equal([0.5, 0.99], thresholds.Table.Levels);
    }

    private static RequestValues Values(IReadOnlyDictionary<string, object?> parameters) =>
        RequestValues.FromQuery(parameters.ToDictionary(p => p.Key, p => (string?)p.Value));
}
