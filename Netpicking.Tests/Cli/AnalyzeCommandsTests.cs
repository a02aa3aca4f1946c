using System.Text.Json;
using Netpicking.Tests.Data;
using Netpicking.Web.Analyses;

using Netpicking.Tests.Storage;

namespace Netpicking.Tests.Cli;

/// <summary>
/// <c>analyze</c> run in-process on a real store (see <see cref="AnalyzeStoreFixture"/> for the hand-made population and
/// the numbers below). At the default scope (quick, epoch 2) the population is #0, #1 and #2.
/// </summary>
public sealed class AnalyzeCommandsTests(AnalyzeStoreFixture store) : IClassFixture<AnalyzeStoreFixture>
{
    // Every registered analysis, so a new one is checked here without being listed twice.
    public static TheoryData<string> Analyses => [.. AnalysisRegistry.Analyses.Select(a => a.Analysis.Key)];

    private Task<(int ExitCode, string Output, string Error)> AnalyzeAsync(params string[] args) =>
        CliRunner.RunAsync(["analyze", .. args, "--zoo", StorageTestData.ZooName, "--data-dir", store.DataDir, "--datasets", store.Datasets]);

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var (exitCode, output, error) = await AnalyzeAsync([.. args, "--json"]);
        Assert.True(exitCode == 0, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement.Clone();
        Assert.Equal(args[0], root.GetProperty("analysis").GetString());
        return root.GetProperty("result");
    }

    [Theory]
    [MemberData(nameof(Analyses))]
    public async Task EveryAnalysisPrintsATableOfTheDefaultScope(string analysis)
    {
        var (exitCode, output, error) = await AnalyzeAsync(analysis);

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("test-zoo: mnist / quick · epoch 2 (tested: 1, 2) · accuracy · 3 networks", output);
        Assert.Empty(error);
    }

    [Theory]
    [MemberData(nameof(Analyses))]
    public async Task EveryAnalysisPrintsItsRecordsAsJson(string analysis)
    {
        var (exitCode, output, error) = await AnalyzeAsync(analysis, "--json");

        Assert.True(exitCode == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(analysis, root.GetProperty("analysis").GetString());
        Assert.Equal(2, root.GetProperty("scope").GetProperty("epoch").GetInt32());
        Assert.Equal("accuracy", root.GetProperty("scope").GetProperty("score").GetString());
        Assert.Equal("quick", root.GetProperty("scope").GetProperty("run").GetString());
        Assert.Equal([0, 1, 2], root.GetProperty("networks").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.NotEqual(JsonValueKind.Undefined, root.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task ThresholdsCountEveryTestedEpoch()
    {
        var rows = (await JsonAsync("thresholds")).GetProperty("rows").EnumerateArray().ToArray();

        // The population of epoch 2 (#0, #1, #2) at epoch 1: 89.9, 84.9, 99.9 %; at epoch 2: 89.9, 98.9, 99.9 %.
        Assert.Equal(3, rows[0].GetProperty("networks").GetInt32());
        Assert.Equal([3, 1, 1, 1, 0], rows[0].GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal([3, 2, 2, 1, 0], rows[1].GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));

        // At epoch 1 Conv1d_3 (10 %) is in the population too; a custom threshold counts it.
        var epochOne = (await JsonAsync("thresholds", "--epoch", "1", "--thresholds", "0.05,0.9")).GetProperty("rows")[0];
        Assert.Equal(4, epochOne.GetProperty("networks").GetInt32());
        Assert.Equal([4, 1], epochOne.GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        var (_, table, _) = await AnalyzeAsync("thresholds");
        Assert.Contains("≥ 80 %", table);
    }

    [Fact]
    public async Task GoodAndGoldFollowTheirThresholds()
    {
        var result = await JsonAsync("good");
        Assert.Equal(3, result.GetProperty("goodGold").GetProperty("goodCount").GetInt32());
        Assert.Equal([1, 2], result.GetProperty("goodGold").GetProperty("goldIndices").EnumerateArray().Select(i => i.GetInt32()));
        var families = result.GetProperty("boxes").GetProperty("byFamily").EnumerateArray().Select(b => b.GetProperty("family").GetString());
        Assert.Equal(["Basic", "Linear", "Conv2d"], families);

        // Linear_1 had 84.9 % at epoch 1, so a 0.85 bar leaves it out; a 0.995 gold bar leaves Conv2d_2 (99.9 %) alone.
        var stricter = await JsonAsync("good", "--good", "0.85", "--gold", "0.995");
        Assert.Equal(2, stricter.GetProperty("goodGold").GetProperty("goodCount").GetInt32());
        Assert.Equal([2], stricter.GetProperty("goodGold").GetProperty("goldIndices").EnumerateArray().Select(i => i.GetInt32()));

        var (_, table, _) = await AnalyzeAsync("good");
        Assert.Contains("Good (≥ 80.00 % at every tested epoch up to 2): 3 of 3", table);
        Assert.Contains("★ Conv2d_2 (#2) 99.90 %", table);
        Assert.Matches(@"Conv2d\s+ReLU\s+1\s+1\s+1\s+99\.90 %", table);
    }

    [Fact]
    public async Task ImagesAreSortedByTheVotesOfTheGoodNetworks()
    {
        var result = await JsonAsync("images");

        // Easy: classes 0–8 less the ten weird images; weird: those ten; confusing: i % 100 = 9 (answers 8, 0 and 9).
        Assert.Equal(8_990, result.GetProperty("easy").GetArrayLength());
        Assert.Equal(Enumerable.Range(0, 10).Select(k => k * 1000), result.GetProperty("weird").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal(100, result.GetProperty("confusing").GetArrayLength());
        Assert.Equal(3, result.GetProperty("voterCount").GetInt32());

        var (_, table, _) = await AnalyzeAsync("images", "--limit", "3");
        Assert.Matches(@"easy\s+8,990\s+89\.90 %", table);
        Assert.Contains("Weird images (first 3 of 10):", table);
        // Three voters: too few for a weird image to mean a wrong label, and the table says so.
        Assert.Contains("The vote is too weak to mean a label problem", table);
        Assert.False(result.GetProperty("strength").GetProperty("strong").GetBoolean());
    }

    [Fact]
    public async Task BestAndBaselineNameTheirNetworks()
    {
        var (_, best, _) = await AnalyzeAsync("best");
        Assert.Contains("Best: Conv2d_2 (#2, Conv2d, ReLU) with accuracy 99.90 %.", best);
        Assert.Equal(2, (await JsonAsync("best")).GetProperty("network").GetProperty("id").GetInt32());

        var (_, baseline, _) = await AnalyzeAsync("baseline");
        Assert.Contains("Best: Conv2d_2 (#2) · baseline: Basic_0 (#0)", baseline);
        Assert.Matches(@"params\s+50,000\s+7,850\s+6\.369 ×", baseline);
        var json = await JsonAsync("baseline");
        Assert.Equal(0.999 / 0.899, json.GetProperty("rows")[4].GetProperty("ratio").GetDouble(), 9);

        // Basic_0 says 8 for every 9 (1,000 images) where Conv2d_2 is right; both miss the same weird ten: McNemar 1,000 to 0.
        Assert.Contains("The best network is better than the baseline at 95 %: 1,000 images it gets right that the baseline gets wrong, 0 the other way (p < 0.0001).", baseline);
        Assert.Contains("McNemar's test (mid-p) on per-image correctness", baseline);
        var test = json.GetProperty("test");
        Assert.Equal((1000, 0), (test.GetProperty("firstOnly").GetInt32(), test.GetProperty("secondOnly").GetInt32()));
        Assert.True(test.GetProperty("distinguishable").GetBoolean());
        Assert.Equal(9990, json.GetProperty("bestAccuracy").GetProperty("successes").GetInt32());
    }

    [Fact]
    public async Task ScopeOptionsPickTheEpochAndTheScore()
    {
        // Recall of class 8 at epoch 1: Basic_0 and Conv2d_2 both 100 % → the lower id wins.
        var (exitCode, output, error) = await AnalyzeAsync("best", "--epoch", "1", "--score", "recall-8");

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("test-zoo: mnist / quick · epoch 1 (tested: 1, 2) · recall_8 · 4 networks", output);
        Assert.Contains("Best: Basic_0 (#0", output);
    }

    [Fact]
    public async Task EpochsListTheLateBloomer()
    {
        var risers = (await JsonAsync("epochs")).GetProperty("risers");

        Assert.Equal(1, risers.GetArrayLength());
        Assert.Equal(1, risers[0].GetProperty("networkId").GetInt32());
        Assert.Equal(0.14, risers[0].GetProperty("change").GetDouble(), 9);
        var (_, table, _) = await AnalyzeAsync("epochs");
        Assert.Contains("+14.00 pt", table);
    }

    [Fact]
    public async Task EnsemblesScoreAChosenSetAndTheCurve()
    {
        // Basic_0 and Conv2d_2 tie 8 against 9 on every 9 (the lower class wins) and both miss the weird ten: 89.9 %.
        var chosen = await JsonAsync("ensembles", "--networks", "0,2");
        Assert.Equal(0.899, chosen.GetProperty("set").GetProperty("accuracy").GetDouble(), 9);

        var curve = await JsonAsync("ensembles", "--budget", "30000");
        Assert.Equal(3, curve.GetProperty("curve").GetProperty("steps").GetArrayLength());
        Assert.Equal(0.999, curve.GetProperty("curve").GetProperty("targetAccuracy").GetDouble(), 9);
        // Within 30,000 params only Basic_0 and Linear_1 fit; alone Linear_1 is best (98.9 %) and adding Basic_0 does not help.
        Assert.Equal([1], curve.GetProperty("greedy").GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("added").GetInt32()));
    }

    [Fact]
    public async Task RankingsScatterAndParetoCoverEveryNetworkSnapshot()
    {
        Assert.Equal(6, (await JsonAsync("rankings")).GetArrayLength());
        var (_, rankings, _) = await AnalyzeAsync("rankings");
        var firstRow = rankings.Split('\n').First(l => l.TrimStart().StartsWith('2'));
        Assert.Contains("Conv2d_2", firstRow);
        // Three networks at epoch 2 (Conv1d_3 has epoch 1 only): every rank is out of 3. Linear_1 says 0 on the 100 images
        // i % 100 == 9, which Conv2d_2, the next better by accuracy, gets right: worse at 95 %.
        Assert.Contains("1 / 3", firstRow);
        var linear = rankings.Split('\n').First(l => l.TrimStart().StartsWith("1 ", StringComparison.Ordinal));
        Assert.Contains("worse than #2 at 95 %", linear);

        // Every tested epoch: two points each for Basic_0 and Linear_1.
        var scatter = await JsonAsync("scatter", "--families", "Basic,Linear", "--epochs", "all");
        Assert.Equal(4, scatter.GetProperty("points").GetArrayLength());
        Assert.Equal(1, scatter.GetProperty("top")[0].GetProperty("networkId").GetInt32());

        var fronts = await JsonAsync("pareto", "--x", "params");
        Assert.Equal([0, 1, 2], fronts[0].GetProperty("front").EnumerateArray().Select(i => i.GetInt32()));
    }

    [Fact]
    public async Task PredictionSetsCascadeAndAgreement()
    {
        var sets = await JsonAsync("prediction-sets", "--alpha", "0.1");
        Assert.Equal(5_000, sets.GetProperty("evaluationImages").GetInt32());
        Assert.Equal(3, sets.GetProperty("networks").GetArrayLength());
        Assert.Equal(0.1, sets.GetProperty("options").GetProperty("alpha").GetDouble());

        // The cheapest good network by params is Basic_0 (top probability 0.9 everywhere), the best is Conv2d_2: at 0 nothing
        // is deferred, at 1 everything.
        var cascade = await JsonAsync("cascade");
        var points = cascade.GetProperty("points");
        Assert.Equal(0, cascade.GetProperty("cheap").GetInt32());
        Assert.Equal(2, cascade.GetProperty("expensive").GetInt32());
        Assert.Equal(0.899, points[0].GetProperty("accuracy").GetDouble(), 9);
        Assert.Equal(1.0, points[points.GetArrayLength() - 1].GetProperty("deferralRate").GetDouble());
        Assert.Equal(0.999, points[points.GetArrayLength() - 1].GetProperty("accuracy").GetDouble(), 9);

        // Basic_0 and Conv2d_2 differ only on the class 9 images: 90 %. One network per family: no pairs on the diagonal.
        var matrix = (await JsonAsync("agreement")).GetProperty("matrix");
        Assert.Equal(["Basic", "Linear", "Conv2d"], matrix.GetProperty("families").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(0.9, matrix.GetProperty("values")[0][2].GetDouble(), 9);
        Assert.Equal("NaN", matrix.GetProperty("values")[0][0].GetString());
        var (_, pairs, _) = await AnalyzeAsync("agreement", "--networks", "0,2");
        Assert.Contains("90.00 %", pairs);
    }

    [Fact]
    public async Task HelpListsEveryAnalysis()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("analyze", "--help");

        Assert.Equal(0, exitCode);
        foreach (var analysis in Analyses)
        {
            Assert.Contains(analysis, output);
        }

        Assert.Contains("RAPS conformal prediction sets", output);
    }

    [Fact]
    public async Task AnEmptyStoreSaysHowToTrain()
    {
        using var empty = new TempFolder();

        var (exitCode, output, error) = await CliRunner.RunAsync("analyze", "best", "--data-dir", empty.Path);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("No trained networks for mnist / quick yet — run: train --preset one-per-form --settings quick", error);
    }

    [Theory]
    [InlineData("Unknown analysis 'winners'. Known analyses: thresholds, good,", "winners")]
    [InlineData("Say which analysis: thresholds", "--epoch", "2")]
    [InlineData("Unknown score 'precision'. Use accuracy, balanced_accuracy, auc, recall_K or auc_K", "best", "--score", "precision")]
    [InlineData("Unknown score 'recall-10'", "best", "--score", "recall-10")]
    [InlineData("mnist / quick does not test epoch 5. Tested epochs with results: 1, 2.", "best", "--epoch", "5")]
    [InlineData("--good is a fraction between 0 and 1", "good", "--good", "80")]
    [InlineData("Unknown cost 'flops'", "pareto", "--x", "flops")]
    [InlineData("No results for network 3 in mnist / quick at epoch 2.", "ensembles", "--networks", "0,3")]
    [InlineData("--weights takes five numbers", "prediction-sets", "--weights", "1,2")]
    [InlineData("There are no run settings named 't9'. Known:", "best", "--settings", "t9")]
    public async Task BadInputIsExplainedInPlainWords(string message, params string[] args)
    {
        var (exitCode, _, error) = await AnalyzeAsync(args);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
    }
}
