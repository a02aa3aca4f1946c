using System.Globalization;
using System.Net;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Analysis;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Data;
using Netpicking.Core.Export;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Tests.Functional;

/// <summary>
/// The end-to-end test of issue 4: three tiny networks trained through the real app, every analysis of
/// docs/analyses.md on the snapshot the loader builds from the real store, then both CSV exports downloaded
/// from the endpoints and read back with CsvHelper against the store's own values.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ExportEndToEndTests : IDisposable
{
    private static readonly RunSettings Tiny = new("tiny-export", Epochs: 2, TestEvery: 1, LearningRate: 0.002, TrainSize: 300);

    // Basic, a Conv2d and a Linear network: three families, so the per-family analyses have something to split.
    private static readonly int[] NetworkIds = [0, 346, 751];

    private readonly NetpickingAppFactory factory = new();

    [Fact]
    public async Task ThreeTrainedNetworksGoThroughEveryAnalysisAndBothExportsRoundTrip()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = factory.CreateClient();
        var campaigns = factory.Services.GetRequiredService<CampaignService>();
        var store = factory.Services.GetRequiredService<ResultsStore>();
        await campaigns.DefineRunSettingsAsync(Tiny, ct);
        var launch = await campaigns.LaunchAsync(new LaunchRequest("mnistk-1001", Tiny.Name, "mnist", NetworkIds), ct);
        await CampaignTests.AssertAllDoneAsync(store, launch.CampaignId, 3, TimeSpan.FromMinutes(2));

        var labels = (await factory.Services.GetRequiredService<DatasetLoader>().LoadAsync("mnist", ct)).Test.Labels;
        var snapshot = await factory.Services.GetRequiredService<PopulationLoader>().LoadAsync(
            new PopulationRequest("mnist", Tiny.Name, Probabilities: ProbabilityLoading.Eager), labels, ct);
        Assert.Equal((3, 10_000, 2), (snapshot.NetworkCount, snapshot.ImageCount, snapshot.Scope.Epoch));
        Assert.Equal([1, 2], snapshot.TestedEpochs);

        var stored = await StoredEpochsAsync(store, launch.CampaignId, ct);
        RunsEveryAnalysis(snapshot, stored);
        await SnapshotCsvRoundTripsAsync(client, snapshot, stored, ct);
        await VotesCsvRoundTripsAsync(client, snapshot, ct);
        await BadRequestsGet400WithAPlainMessageAsync(client, ct);
        await TheCommandLineWritesWhatTheEndpointServesAsync(client, ct);
    }

    private static void RunsEveryAnalysis(PopulationSnapshot snapshot, IReadOnlyDictionary<string, IReadOnlyList<StoredEpoch>> stored)
    {
        // The snapshot carries exactly the store's scores.
        foreach (var network in snapshot.Networks)
        {
            Assert.Equal(stored[network.Name].Select(e => e.Test!.Accuracy), network.Epochs.Select(e => e.Accuracy));
        }

        // 1 threshold table: every network counted at every tested epoch, counts falling as the threshold rises.
        var thresholds = ThresholdTable.Compute(snapshot);
        Assert.Equal([1, 2], thresholds.Rows.Select(r => r.Epoch));
        foreach (var row in thresholds.Rows)
        {
            Assert.Equal(3, row.Networks);
            Assert.Equal(
                thresholds.Thresholds.Select(t => Enumerable.Range(0, 3).Count(i => snapshot.ScoreAt(i, row.Epoch) >= t)),
                row.Counts);
        }

        // 2 good / gold and score boxes: one network a family, the three families hold all three.
        var goodGold = GoodAndGold.Classify(snapshot);
        var good = Enumerable.Range(0, 3).Where(i => snapshot.ScoreAt(i, 1) >= 0.8 && snapshot.ScoreAt(i, 2) >= 0.8).ToArray();
        Assert.Equal(good, goodGold.GoodIndices);
        Assert.All(goodGold.GoldIndices, i => Assert.Contains(i, good));
        var scoreBoxes = ScoreBoxes.Compute(snapshot, goodGold);
        Assert.Equal(["Basic", "Conv2d", "Linear"], scoreBoxes.ByFamily.Select(b => b.Family).Order());
        Assert.All(scoreBoxes.ByFamily, b => Assert.Equal(1, b.Stats.Count));
        Assert.Equal(3, scoreBoxes.ByFamilyAndActivation.Sum(b => b.Members.Count));

        // 3 cost distributions and the family × activation count table.
        var costs = CostDistributions.Compute(snapshot, goodGold);
        Assert.Equal(Enum.GetValues<CostKind>().Length, costs.Costs.Count);
        Assert.All(costs.Costs, c => Assert.Equal(3, c.ByFamily.Sum(b => b.Members.Count)));
        Assert.Equal(3, costs.Counts.Counts.Sum(r => r.Sum()));
        Assert.Equal(good.Length, costs.Counts.GoodCounts.Sum(r => r.Sum()));

        // 4 epoch over epoch: a box per family and epoch; every move is 1 → 2 and says how much the score moved.
        var moves = EpochOverEpoch.Compute(snapshot);
        Assert.Equal(6, moves.Boxes.Count);
        Assert.All(moves.Risers.Concat(moves.Fallers), m =>
        {
            Assert.Equal((1, 2), (m.FromEpoch, m.ToEpoch));
            Assert.Equal(snapshot.ScoreAt(m.NetworkIndex, 2) - snapshot.ScoreAt(m.NetworkIndex, 1), m.Change, 12);
        });

        // 5 test images with all three voting: 3 votes an image, and "easy" is exactly "all three right".
        var votes = TestImageVotes.Compute(snapshot, [0, 1, 2]);
        Assert.Equal((3, 10_000, 30_000), (votes.VoterCount, votes.ImageCount, votes.Votes.Sum()));
        var allRight = Enumerable.Range(0, 10_000).Where(image => Enumerable.Range(0, 3).All(i => snapshot.Predictions(i)[image] == snapshot.Labels[image]));
        Assert.Equal(allRight, votes.Easy);
        Assert.Empty(votes.Easy.Intersect(votes.Weird).Concat(votes.Easy.Intersect(votes.Confusing)).Concat(votes.Weird.Intersect(votes.Confusing)));

        // 6 best network, with a percentile for each class.
        var best = BestNetwork.Find(snapshot)!;
        Assert.Equal(Enumerable.Range(0, 3).Max(snapshot.Score), best.Score);
        Assert.Equal(10, best.Classes.Count);
        Assert.All(best.Classes, c => Assert.InRange(c.Percentile, 100.0 / 3 - 1e-9, 100));

        // 7 best vs baseline: Basic is the baseline, and a ratio is best / baseline.
        var comparison = BestVsBaseline.Compare(snapshot)!;
        Assert.Equal("Basic", comparison.Baseline.Name);
        Assert.All(comparison.Rows.Where(r => r.Baseline != 0), r => Assert.Equal(r.Best / r.Baseline, r.Ratio));

        // 8 ensembles: a one-member ensemble is its network (up to float16 probabilities breaking argmax ties).
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(snapshot.Networks[i].At(2)!.Accuracy, Ensembles.Score(snapshot, [i]).Accuracy, 0.002);
        }

        Assert.InRange(Ensembles.Score(snapshot, [0, 1, 2]).Accuracy, 0.1, 1);
        var curve = Ensembles.SizeCurve(snapshot);
        Assert.Equal([1, 2, 3], curve.Steps.Select(s => s.Size));
        Assert.Equal(snapshot.Networks.Sum(n => (double)n.Params), curve.Steps[^1].TotalCost);
        var budget = snapshot.Networks.Sum(n => (double)n.Params);
        var greedy = Ensembles.Greedy(snapshot, CostKind.Params, budget);
        Assert.NotEmpty(greedy.Members);
        Assert.Equal(greedy.Members.Count, greedy.Members.Distinct().Count());
        Assert.True(greedy.Steps[^1].TotalCost <= budget);

        // 9 rankings: six network snapshots (three networks at two epochs), each ranked among the three networks of its
        // epoch; the best at epoch 2 first in its snapshot.
        var ranked = Rankings.Compute(Rankings.RowsOf(snapshot));
        Assert.Equal(6, ranked.Count);
        Assert.All(ranked, r => Assert.Equal(3, r[RankedMetric.Accuracy].Global!.OutOf));
        Assert.Equal(1, ranked.Single(r => r.Row.NetworkId == best.Network.Id && r.Row.Epoch == 2)[RankedMetric.Accuracy].Snapshot!.Position);

        // 10 overview scatter: a point per network snapshot, the top list led by the highest score.
        var scatter = OverviewScatter.Compute(snapshot, CostKind.Params, ScoreSelector.Accuracy);
        Assert.Equal(6, scatter.Points.Count);
        Assert.Equal(scatter.Points.Max(p => p.Y), scatter.Top[0].Y);

        // 11 Pareto: the best score and the cheapest network are always on the front.
        foreach (var cost in Enum.GetValues<CostKind>())
        {
            var front = ParetoFront.Compute(snapshot, cost).Front;
            Assert.Contains(best.NetworkIndex, front);
            Assert.Contains(Enumerable.Range(0, 3).MinBy(i => snapshot.Cost(i, cost)), front);
        }

        // 12 prediction sets: the two halves cover the test set and the 5-way split covers every evaluated image.
        var sets = PredictionSets.Compute(snapshot);
        Assert.Equal(10_000, sets.CalibrationImages + sets.EvaluationImages);
        Assert.All(sets.Networks, s =>
        {
            Assert.Equal(sets.EvaluationImages, s.Evaluated);
            Assert.Equal(s.Evaluated, s.CorrectSure + s.CorrectUnsure + s.WrongSure + s.WrongTruthOutside + s.WrongTruthInside);
            Assert.InRange(s.MeanSetSize, 1, 10);
        });

        // 13 cascade from the cheapest to the best: average cost = cheap + deferral rate × expensive.
        var cheap = Enumerable.Range(0, 3).MinBy(i => snapshot.Cost(i, CostKind.Ops));
        var cascade = Cascade.Compute(snapshot, cheap, best.NetworkIndex, CostKind.Ops);
        Assert.NotEmpty(cascade.Points);
        Assert.All(cascade.Points, p => Assert.Equal(
            snapshot.Cost(cheap, CostKind.Ops) + p.DeferralRate * snapshot.Cost(best.NetworkIndex, CostKind.Ops), p.AverageCost, 6));

        // 14 agreement: a network agrees with itself; three families of one network each.
        Assert.Equal(1, Agreement.Between(snapshot, 0, 0));
        var matrix = Agreement.FamilyMatrix(snapshot);
        Assert.Equal((3, 3), (matrix.Families.Count, matrix.NetworkCounts.Sum()));
        Assert.Equal(Agreement.Between(snapshot, 0, 1), matrix.Values[matrix.Families.ToList().IndexOf(snapshot.Networks[0].Group)][matrix.Families.ToList().IndexOf(snapshot.Networks[1].Group)], 12);
    }

    private static async Task SnapshotCsvRoundTripsAsync(
        HttpClient client, PopulationSnapshot snapshot, IReadOnlyDictionary<string, IReadOnlyList<StoredEpoch>> stored, CancellationToken ct)
    {
        var response = await client.GetAsync($"/export/snapshots.csv?dataset=mnist&run={Tiny.Name}", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mnist-tiny-export-snapshots.csv", response.Content.Headers.ContentDisposition!.FileName);
        var (header, rows) = Read(await response.Content.ReadAsStringAsync(ct));

        Assert.Equal(SnapshotCsv.Header, header);
        Assert.Equal(6, rows.Count);
        var ranked = Rankings.Compute(Rankings.RowsOf(snapshot));
        foreach (var row in rows)
        {
            var epoch = int.Parse(row["epoch"], CultureInfo.InvariantCulture);
            var epochs = stored[row["name"]];
            var test = epochs.Single(e => e.Epoch == epoch).Test!;
            Assert.Equal(("mnist", Tiny.Name), (row["dataset"], row["run"]));
            Assert.Equal(test.TestLoss, Number(row["loss"]));
            Assert.Equal(test.Accuracy, Number(row["accuracy"]));
            Assert.Equal(test.BalancedAccuracy, Number(row["balanced_accuracy"]));
            Assert.Equal(test.AucMean, Number(row["auc"]));
            for (var c = 0; c < 10; c++)
            {
                Assert.Equal(test.ClassRecall[c], float.Parse(row[$"recall_{c}"], CultureInfo.InvariantCulture));
                Assert.Equal(test.ClassAuc[c], float.Parse(row[$"auc_{c}"], CultureInfo.InvariantCulture));
            }

            // Cumulative training time, summed in epoch order as the loader sums it; the CPU time of the training thread and
            // the time of the tests beside it (one torch thread on Linux: both recorded); the time storing took.
            var upTo = epochs.Where(e => e.Epoch <= epoch).OrderBy(e => e.Epoch).ToList();
            Assert.Equal(upTo.Aggregate(0.0, (sum, e) => sum + e.EpochSeconds), Number(row["time"]));
            Assert.Equal(upTo.Aggregate(0.0, (sum, e) => sum + e.EpochCpuSeconds!.Value), Number(row["cpu_time"]));
            Assert.Equal(upTo.Aggregate(0.0, (sum, e) => sum + e.TestSeconds!.Value), Number(row["test_time"]));
            Assert.True(Number(row["test_time"]) > 0 && Number(row["cpu_time"]) > 0 && Number(row["store_time"]) > 0, string.Join(",", row.Values));
            var network = snapshot.Networks.Single(n => n.Name == row["name"]);
            Assert.Equal((network.Id, network.Params, network.Ops, network.MemoryElements, network.Layers), (
                int.Parse(row["id"], CultureInfo.InvariantCulture), long.Parse(row["params"], CultureInfo.InvariantCulture),
                long.Parse(row["ops"], CultureInfo.InvariantCulture), long.Parse(row["memory"], CultureInfo.InvariantCulture),
                int.Parse(row["layers"], CultureInfo.InvariantCulture)));
            var ranks = ranked.Single(r => r.Row.NetworkId == network.Id && r.Row.Epoch == epoch)[RankedMetric.Accuracy];
            Assert.Equal(
                (ranks.Global!.Position, ranks.Group!.Position, ranks.Form!.Position, ranks.Snapshot!.Position),
                (Int(row["rank_global"]), Int(row["rank_group"]), Int(row["rank_form"]), Int(row["rank_snapshot"])));
        }

        // A filtered view exports what it shows.
        var (_, filtered) = Read(await client.GetStringAsync($"/export/snapshots.csv?dataset=mnist&run={Tiny.Name}&epoch=2&group=Conv2d", ct));
        Assert.Equal([("346", "2")], filtered.Select(r => (r["id"], r["epoch"])));
        var (_, everything) = Read(await client.GetStringAsync("/export/snapshots.csv", ct));
        Assert.Equal(6, everything.Count);
    }

    private static async Task VotesCsvRoundTripsAsync(HttpClient client, PopulationSnapshot snapshot, CancellationToken ct)
    {
        var response = await client.GetAsync($"/export/votes.csv?dataset=mnist&run={Tiny.Name}", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("mnist-tiny-export-epoch2-votes.csv", response.Content.Headers.ContentDisposition!.FileName);
        var (header, rows) = Read(await response.Content.ReadAsStringAsync(ct));

        Assert.Equal(VotesCsv.Header, header);
        Assert.Equal(10_000, rows.Count);
        var expected = TestImageVotes.Compute(snapshot, GoodAndGold.Classify(snapshot).GoodIndices);
        var categories = rows.GroupBy(r => r["category"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.Easy.Count, categories.GetValueOrDefault("easy"));
        Assert.Equal(expected.Weird.Count, categories.GetValueOrDefault("weird"));
        Assert.Equal(expected.Confusing.Count, categories.GetValueOrDefault("confusing"));
        for (var image = 0; image < rows.Count; image += 97)
        {
            var row = rows[image];
            Assert.Equal(image.ToString(CultureInfo.InvariantCulture), row["image"]);
            Assert.Equal(snapshot.Labels[image].ToString(CultureInfo.InvariantCulture), row["label"]);
            Assert.Equal(row["label"], row["class"]);
            for (var c = 0; c < 10; c++)
            {
                Assert.Equal(expected.Share(image, c), Number(row[$"share_{c}"]));
            }
        }

        // The same table, restricted to the Basic family's voters (whether or not Basic is good).
        var (_, basicOnly) = Read(await client.GetStringAsync($"/export/votes.csv?dataset=mnist&run={Tiny.Name}&group=Basic&epoch=1", ct));
        Assert.Equal(10_000, basicOnly.Count);
    }

    private static async Task BadRequestsGet400WithAPlainMessageAsync(HttpClient client, CancellationToken ct)
    {
        (string Query, string Message)[] cases =
        [
            ("snapshots.csv?epoch=abc", "epoch must be a whole number"),
            ("snapshots.csv?epoch=7", "No results at epoch 7"),
            ("snapshots.csv?dataset=../../etc/passwd", "Unknown dataset '../../etc/passwd'"),
            ("snapshots.csv?run=nope", "no run settings named 'nope'"),
            ("snapshots.csv?score=recall_3", "'recall_3' has no ranks"),
            ("snapshots.csv?score=speed", "Unknown score 'speed'"),
            ("votes.csv?dataset=mnist&run=tiny-export&epoch=3", "Epoch 3 has no results"),
            ("votes.csv?dataset=fashion-mnist", "no test results"),
        ];
        foreach (var (query, message) in cases)
        {
            var response = await client.GetAsync($"/export/{query}", ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync(ct));
        }
    }

    private async Task TheCommandLineWritesWhatTheEndpointServesAsync(HttpClient client, CancellationToken ct)
    {
        var datasets = Path.GetDirectoryName(Data.TestDatasets.Folder("mnist"))!;
        foreach (var (verb, query) in new[] { ("snapshots", "epoch=2"), ("votes", "epoch=2") })
        {
            var file = Path.Combine(factory.DataFolder, $"{verb}.csv");
            var (exitCode, output, error) = await Cli.CliRunner.RunAsync(
                "export", verb, "--out", file, "--dataset", "mnist", "--settings", Tiny.Name, "--epoch", "2",
                "--data-dir", factory.DataFolder, "--datasets", datasets);

            Assert.True(exitCode == 0, error);
            Assert.Contains("Wrote", output);
            Assert.Equal(
                await client.GetStringAsync($"/export/{verb}.csv?dataset=mnist&run={Tiny.Name}&{query}", ct),
                await File.ReadAllTextAsync(file, ct));
        }

        var bad = await Cli.CliRunner.RunAsync("export", "snapshots", "--out", Path.Combine(factory.DataFolder, "x.csv"), "--settings", "nope",
            "--data-dir", factory.DataFolder, "--datasets", datasets);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("no run settings named 'nope'", bad.Error);
        Assert.False(File.Exists(Path.Combine(factory.DataFolder, "x.csv")));
    }

    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<StoredEpoch>>> StoredEpochsAsync(
        ResultsStore store, int campaignId, CancellationToken ct)
    {
        var stored = new Dictionary<string, IReadOnlyList<StoredEpoch>>();
        foreach (var row in await store.Campaigns.GetCampaignTrainingsAsync(campaignId, ct))
        {
            stored[row.NetworkName] = await store.Epochs.GetStoredEpochsAsync(row.TrainingId, ct);
        }

        return stored;
    }

    private static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Int(string cell) => int.Parse(cell, CultureInfo.InvariantCulture);

    private static (string[] Header, List<Dictionary<string, string>> Rows) Read(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => reader.GetField(h)!));
        }

        return (header, rows);
    }

    public void Dispose() => factory.Dispose();
}
