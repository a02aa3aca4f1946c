using System.Globalization;
using CsvHelper;
using Netpicking.Core.Analysis;
using Netpicking.Core.Export;

namespace Netpicking.Tests.Export;

public sealed class SnapshotCsvTests
{
    private const string ExpectedHeader =
        "id,name,group,form,activation,dataset,run,epoch,loss,layers,params,ops,memory,time,cpu_time,test_time,store_time,accuracy,balanced_accuracy," +
        "recall_0,recall_1,recall_2,recall_3,recall_4,recall_5,recall_6,recall_7,recall_8,recall_9,auc," +
        "auc_0,auc_1,auc_2,auc_3,auc_4,auc_5,auc_6,auc_7,auc_8,auc_9,rank_global,rank_group,rank_form,rank_snapshot,zoo";

    private static string Write(ExportFilter? filter = null, ScoreSelector? score = null)
    {
        var text = new StringWriter();
        SnapshotCsv.Write([ExportFixture.Source()], score ?? ScoreSelector.Accuracy, filter ?? ExportFilter.All, text);
        return text.ToString();
    }

    private static string Cell(double? seconds) => seconds?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string[] Lines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void HeaderIsExactlyTheSpecifiedColumns()
    {
        Assert.Equal(ExpectedHeader, Lines(Write())[0]);
        Assert.Equal(ExpectedHeader, string.Join(',', SnapshotCsv.Header));
    }

    [Fact]
    public void WritesOneRowPerNetworkAndTestedEpochWithCrLfLineEnds()
    {
        var csv = Write();

        Assert.Equal(1 + 3 * 2, Lines(csv).Length);
        Assert.EndsWith("\r\n", csv);
        Assert.DoesNotContain("\n", csv.Replace("\r\n", string.Empty));
    }

    [Fact]
    public void QuotesANameWithACommaAndAQuoteAsRfc4180Says()
    {
        // Epoch 1 comes first.
        var row = Lines(Write()).First(l => l.StartsWith("7,", StringComparison.Ordinal));

        Assert.StartsWith("7,\"Conv, \"\"quoted\"\"\",Conv2d,Conv2dReLU,ReLU,mnist,tiny,1,0.5,4,123456789012,987654321,20000,30.1,,,,0.85,", row);
    }

    [Fact]
    public void NeutralisesAFormulaNameButLeavesNumbersAsNumbers()
    {
        var row = Lines(Write()).First(l => l.StartsWith("9,", StringComparison.Ordinal));

        Assert.StartsWith("9,'=1+2,Linear,LinearTanh,Tanh,mnist,tiny,1,2.302585092994046,3,50000,100000,3000,5,,,,0.7,", row);
    }

    [Fact]
    public void AMissingLossIsAnEmptyCell()
    {
        var records = Read(Write(new ExportFilter(Epoch: 2)));

        Assert.Equal(string.Empty, records.Single(r => r["id"] == "9")["loss"]);
    }

    [Fact]
    public void NumbersRoundTripExactly()
    {
        var source = ExportFixture.Source();
        var records = Read(Write());

        foreach (var network in source.Snapshot.Networks)
        {
            foreach (var scores in network.Epochs)
            {
                var row = records.Single(r => r["id"] == network.Id.ToString(CultureInfo.InvariantCulture) && r["epoch"] == scores.Epoch.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(network.Name, row["name"].TrimStart('\''));
                Assert.Equal(network.Params, long.Parse(row["params"], CultureInfo.InvariantCulture));
                Assert.Equal(scores.CumulativeSeconds, double.Parse(row["time"], CultureInfo.InvariantCulture));
                Assert.Equal(Cell(scores.CumulativeCpuSeconds), row["cpu_time"]);
                Assert.Equal(Cell(scores.CumulativeTestSeconds), row["test_time"]);
                Assert.Equal(Cell(network.StoreSeconds), row["store_time"]);
                Assert.Equal(scores.Accuracy, double.Parse(row["accuracy"], CultureInfo.InvariantCulture));
                Assert.Equal(scores.BalancedAccuracy, double.Parse(row["balanced_accuracy"], CultureInfo.InvariantCulture));
                Assert.Equal(scores.AucMean, double.Parse(row["auc"], CultureInfo.InvariantCulture));
                for (var c = 0; c < 10; c++)
                {
                    Assert.Equal(scores.ClassRecall[c], float.Parse(row[$"recall_{c}"], CultureInfo.InvariantCulture));
                    Assert.Equal(scores.ClassAuc[c], float.Parse(row[$"auc_{c}"], CultureInfo.InvariantCulture));
                }

                var loss = source.TestLoss(network, scores.Epoch);
                Assert.Equal(double.IsNaN(loss) ? string.Empty : loss.ToString("R", CultureInfo.InvariantCulture), row["loss"]);
            }
        }
    }

    [Fact]
    public void WritesInvariantCultureUnderAGermanCurrentCulture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var csv = Write();

            Assert.Contains(",0.95,", csv);
            Assert.Contains(",123456789012,", csv);
            Assert.DoesNotContain("0,95", csv);
            Assert.DoesNotContain(";", csv);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void RanksAreTheRankingsAnalysisRanksOfTheChosenScore()
    {
        // Accuracies at epochs 1 / 2: Basic 0.8 / 0.9, Conv 0.85 / 0.95, Linear 0.7 / 0.9 (a tie at epoch 2). Each rank
        // counts the three networks of its epoch; each is alone in its family and form there.
        var ranks = Read(Write()).ToDictionary(
            r => (r["id"], r["epoch"]),
            r => (r["rank_global"], r["rank_group"], r["rank_form"], r["rank_snapshot"]));

        Assert.Equal(("2", "1", "1", "2"), ranks[("0", "2")]);
        Assert.Equal(("2", "1", "1", "2"), ranks[("0", "1")]);
        Assert.Equal(("1", "1", "1", "1"), ranks[("7", "2")]);
        Assert.Equal(("1", "1", "1", "1"), ranks[("7", "1")]);
        Assert.Equal(("2", "1", "1", "2"), ranks[("9", "2")]);
        Assert.Equal(("3", "1", "1", "3"), ranks[("9", "1")]);
    }

    [Fact]
    public void FiltersKeepRanksOfTheWholePopulation()
    {
        var records = Read(Write(new ExportFilter(Epoch: 1, Group: "Linear")));

        var only = Assert.Single(records);
        // Last of the three networks at epoch 1, whatever the filter shows.
        Assert.Equal(("9", "1", "3", "3"), (only["id"], only["epoch"], only["rank_global"], only["rank_snapshot"]));
    }

    [Fact]
    public void FiltersByFormAndActivation()
    {
        Assert.Equal(["7", "7"], Read(Write(new ExportFilter(Form: "Conv2dReLU"))).Select(r => r["id"]));
        Assert.Equal(["0", "0"], Read(Write(new ExportFilter(Activation: "None"))).Select(r => r["id"]));
        Assert.Empty(Read(Write(new ExportFilter(Activation: "relu"))));
    }

    [Fact]
    public void RanksFollowTheChosenScore()
    {
        // Balanced accuracy is accuracy − 0.0123456789 for every row, so its ranks are the same; AUC caps at 1.
        var byBalanced = Read(Write(score: ScoreSelector.BalancedAccuracy)).Select(r => r["rank_global"]);
        var byAccuracy = Read(Write()).Select(r => r["rank_global"]);

        Assert.Equal(byAccuracy, byBalanced);
    }

    [Fact]
    public void APerClassScoreHasNoRanksAndSaysSo()
    {
        var error = Assert.Throws<ExportRequestException>(() => Write(score: ScoreSelector.Recall(3)));

        Assert.Contains("recall_3", error.Message);
    }

    [Fact]
    public void NoSourcesGiveTheHeaderAlone()
    {
        var text = new StringWriter();

        Assert.Equal(0, SnapshotCsv.Write([], ScoreSelector.Accuracy, ExportFilter.All, text));
        Assert.Equal(ExpectedHeader + "\r\n", text.ToString());
    }

    internal static List<Dictionary<string, string>> Read(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            records.Add(header.ToDictionary(h => h, h => reader.GetField(h)!));
        }

        return records;
    }
}
