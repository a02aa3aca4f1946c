using System.Text.Json;
using System.Text.Json.Nodes;
using Netpicking.Core.Analysis;
using Netpicking.Core.Storage;
using Netpicking.Web.Cli.Analyze;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Pages.Agreements;
using Netpicking.Web.Components.Pages.Explorer;
using Netpicking.Web.Components.Pages.Images;
using Netpicking.Web.Components.Pages.Ranking;
using Netpicking.Web.Components.Pages.Pick;
using Netpicking.Web.Components.Pages.PredictionSet;

using Netpicking.Tests.Storage;

namespace Netpicking.Tests.Cli;

/// <summary>
/// For every analysis, <c>analyze X --json</c> with some options prints what the page's code computes for the same
/// request written as its URL: the page's query type reads the URL, the Core functions the page calls compute, and the
/// two JSON documents must be equal. The store is <see cref="AnalyzeStoreFixture"/>'s, at its default scope (quick,
/// epoch 2), so a failure here means a page and the command line parse, default or choose differently.
/// </summary>
public sealed class CliMatchesPagesTests(AnalyzeStoreFixture store) : IClassFixture<AnalyzeStoreFixture>
{
    [Fact]
    public Task ThresholdTable() => SameAsync(
        "thresholds", "?levels=0.05,0.9", ["--levels", "0.05,0.9"],
        (snapshot, url) => Thresholds(url).Table.Compute(snapshot));

    [Fact]
    public Task GoodAndGold() => SameAsync(
        "good", "?good=0.85&gold=0.995", ["--good", "0.85", "--gold", "0.995"],
        (snapshot, url) =>
        {
            var goodGold = Thresholds(url).GoodGold.Classify(snapshot);
            return new ScoresResult(goodGold, ScoreBoxes.Compute(snapshot, goodGold));
        });

    [Fact]
    public Task Costs() => SameAsync(
        "costs", "?good=0.85", ["--good", "0.85"],
        (snapshot, url) => CostDistributions.Compute(snapshot, Thresholds(url).GoodGold.Classify(snapshot)));

    [Fact]
    public Task EpochOverEpoch() => SameAsync(
        "epochs", "?movers=1", ["--movers", "1"],
        (snapshot, url) => new EpochOverEpochRequest(EpochOverEpochRequest.Read(QueryValues.Of(url)).Movers).Compute(snapshot));

    [Fact]
    public Task TestImages() => SameAsync(
        "images", "?good=0.85&weird-true=0.2&confusing=0.6", ["--good", "0.85", "--weird-true", "0.2", "--confusing", "0.6"],
        (snapshot, url) => TestImagesQuery.From(QueryValues.Of(url)).Votes.Compute(snapshot));

    [Fact]
    public Task BestNetwork() => SameAsync("best", "", [], (snapshot, _) => Core.Analysis.BestNetwork.Find(snapshot));

    [Fact]
    public Task BestVsBaseline() => SameAsync("baseline", "", [], (snapshot, _) => Core.Analysis.BestVsBaseline.Compare(snapshot));

    [Fact]
    public Task Ensembles() => SameAsync(
        "ensembles", "?curve-cost=ops&max-size=2&members=0,2&budget=30000", ["--curve-cost", "ops", "--max-size", "2", "--members", "0,2", "--budget", "30000"],
        (snapshot, url) =>
        {
            // The page's three cards, each with the part of the request it is given.
            var request = EnsemblesRequest.Read(QueryValues.Of(url));
            var curve = new EnsemblesRequest(CurveCost: request.CurveCost, MaxSize: request.MaxSize).Curve(snapshot);
            var set = Core.Analysis.Ensembles.Score(snapshot, request.MemberIds.Select(snapshot.IndexOf).Where(i => i >= 0).ToArray());
            var greedy = new EnsemblesRequest(GreedyCost: request.GreedyCost, Budget: request.Budget).Greedy(snapshot);
            return new EnsemblesResult(curve, set, greedy);
        });

    [Fact]
    public async Task Rankings()
    {
        var snapshot = await LoadAsync();
        var printed = (await CliAsync("rankings", []))!.AsArray().Where(r => (int)r!["row"]!["epoch"]! == snapshot.Scope.Epoch).ToArray();

        // The page's table: one entry per network at the scope's epoch, with its values and its ranks in four scopes.
        var entries = RankingEntry.Of(snapshot);
        Assert.Equal(entries.Count, printed.Length);
        foreach (var (entry, row) in entries.Zip(printed))
        {
            Assert.Equal(entry.Id, (int)row!["row"]!["networkId"]!);
            Assert.True(JsonNode.DeepEquals(Json(entry.Ranks), row["ranks"]), $"Ranks of #{entry.Id} differ.");
            Assert.True(JsonNode.DeepEquals(Json(entry.Values), row["row"]!["values"]), $"Values of #{entry.Id} differ.");
        }
    }

    [Fact]
    public Task Explorer() => SameAsync(
        "scatter", "?x=time&families=Basic,Linear&epochs=all", ["--x", "time", "--families", "Basic,Linear", "--epochs", "all"],
        (snapshot, url) => ExplorerQuery.From(QueryValues.Of(url)).Scatter.Compute(snapshot));

    [Fact]
    public Task Pareto() => SameAsync(
        "pareto", "?cost=memory", ["--cost", "memory"],
        (snapshot, url) =>
        {
            // The page computes every cost's front (for its tabs) and shows the one in the URL.
            var fronts = new ParetoRequest().Compute(snapshot).ToDictionary(front => front.Cost);
            return new[] { fronts[ParetoRequest.Read(QueryValues.Of(url)).Cost ?? CostKind.Params] };
        });

    [Fact]
    public Task PredictionSets() => SameAsync(
        "prediction-sets", "?alpha=0.1&k-reg=1&weights=1,0,0,0,0", ["--alpha", "0.1", "--k-reg", "1", "--weights", "1,0,0,0,0"],
        (snapshot, url) =>
        {
            // The page runs RAPS with the default weights and weighs the outcomes afterwards.
            var query = PredictionSetQuery.From(QueryValues.Of(url));
            return (query.Request with { Weights = SetOutcomeWeights.Default }).Compute(snapshot).Reweighted(query.Weights);
        });

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("?cost=time", new[] { "--cost", "time" })]
    [InlineData("?cheap=1&expensive=2&cost=ops", new[] { "--cheap", "1", "--expensive", "2", "--cost", "ops" })]
    public Task Cascade(string url, string[] args) => SameAsync(
        "cascade", url, args,
        (snapshot, link) =>
        {
            var request = CascadeRequest.Read(QueryValues.Of(link));
            var (cheap, expensive) = request.Pair(snapshot, RequestValues.None)!.Value;
            return Core.Analysis.Cascade.Compute(snapshot, cheap, expensive, request.Cost, request.ThresholdsOrDefault);
        });

    [Fact]
    public Task Agreement() => SameAsync(
        "agreement", "?among=good&a=1&scale=diverging", ["--among", "good", "--a", "1"],
        (snapshot, url) =>
        {
            var query = AgreementsQuery.From(QueryValues.Of(url));
            var (first, second) = query.Request.ResolvePair(snapshot, RequestValues.None);
            return new AgreementResult(query.Request.Matrix(snapshot), Core.Analysis.Agreement.Pair(snapshot, first, second), null);
        });

    [Theory]
    [InlineData("?max-params=30000&objective=recall_9&at-least=1:9")]
    [InlineData("?maxParams=30000&objective=recall:9&atLeast=1:9")] // a link saved before the keys were renamed
    public Task Pick(string url) => SameAsync(
        "pick", url, ["--max-params", "30000", "--objective", "recall_9", "--at-least", "1:9"],
        (snapshot, link) => NetworkPicker.Pick(snapshot, PickQuery.FromUri(link).ToRequest().Request));

    private static ThresholdsQuery Thresholds(string url)
    {
        var values = QueryValues.Parse(url);
        return ThresholdsQuery.FromQuery(values.GetValueOrDefault("good"), values.GetValueOrDefault("gold"), values.GetValueOrDefault("levels"), out _);
    }

    private async Task SameAsync(string analysis, string url, string[] args, Func<PopulationSnapshot, string, object?> page)
    {
        var printed = await CliAsync(analysis, args);
        var computed = page(await LoadAsync(), "analyses" + url);

        Assert.True(JsonNode.DeepEquals(Json(computed), printed), $"analyze {analysis} {string.Join(' ', args)} printed{Environment.NewLine}{printed}{Environment.NewLine}the page computed{Environment.NewLine}{Json(computed)}");
    }

    private async Task<JsonNode?> CliAsync(string analysis, string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(
            ["analyze", analysis, .. args, "--json", "--zoo", StorageTestData.ZooName, "--data-dir", store.DataDir, "--datasets", store.Datasets]);
        Assert.True(exitCode == 0, error);
        return JsonNode.Parse(output)!["result"];
    }

    private static JsonNode? Json(object? value) => JsonNode.Parse(JsonSerializer.Serialize(value, AnalysisJson.Options));

    private async Task<PopulationSnapshot> LoadAsync()
    {
        var loader = new PopulationLoader(new SqliteResultsDbContextFactory(Path.Combine(store.DataDir, "netpicking.db")));
        var epochs = await loader.EpochsAsync(StorageTestData.ZooName, "mnist", "quick", TestContext.Current.CancellationToken);
        var labels = Enumerable.Range(0, AnalyzeStoreFixture.Images).Select(i => (byte)AnalyzeStoreFixture.Label(i)).ToArray();
        return await loader.LoadAsync(
            new PopulationRequest("mnist", "quick", epochs.Default, ZooName: StorageTestData.ZooName, Probabilities: ProbabilityLoading.OnDemand), labels, TestContext.Current.CancellationToken);
    }
}
