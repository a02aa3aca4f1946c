using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Imports;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Security;

/// <summary>
/// Names from an imported zoo reach the CSV exports: a name a spreadsheet would run as a formula is written as text,
/// while the numbers beside it stay numbers (writer-level cases: Export/CsvTextTests, Export/SnapshotCsvTests).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FormulaInjectionTests : IDisposable
{
    private const string LinearBias =
        """{"id":751,"name":"LinearBias_1","group":"Linear","form":"LinearBias","activation":"None","input_shape":[784],"layers":[{"op":"view","out":[784]},{"op":"Linear","args":{"in_features":784,"out_features":98,"bias":false},"in":[784],"out":[98]},{"op":"Linear","args":{"in_features":98,"out_features":10,"bias":true},"in":[98],"out":[10]},{"op":"LogSoftmax","args":{"dim":1},"in":[10],"out":[10]}]}""";

    private static readonly string[] Forms = ["=HYPERLINK(\\\"http://x\\\")", "+cmd", "-2+3", "@SUM(A1)"];

    private static readonly RunSettings Tiny = new("tiny-csv", Epochs: 1, TestEvery: 1, LearningRate: 0.002, TrainSize: 300);

    private readonly NetpickingAppFactory factory = new();

    [Fact]
    public async Task ImportedNamesThatLookLikeFormulasAreExportedAsTextAndNumbersStayNumbers()
    {
        var ct = TestContext.Current.CancellationToken;
        factory.Settings["Netpicking:TrainingWorkers"] = "2";
        using var client = factory.CreateClient();
        var lines = Forms.Select((form, i) => LinearBias.Replace("\"id\":751", $"\"id\":{i}")
            .Replace("\"name\":\"LinearBias_1\"", $"\"name\":\"{form}_1\"").Replace("\"form\":\"LinearBias\"", $"\"form\":\"{form}\""));
        await factory.Services.GetRequiredService<ZooImporter>().ImportAsync("formulas", new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))), ct);
        var campaigns = factory.Services.GetRequiredService<CampaignService>();
        await campaigns.DefineRunSettingsAsync(Tiny, ct);
        var launch = await campaigns.LaunchAsync(new LaunchRequest("formulas", Tiny.Name, "mnist"), ct);
        await CampaignTests.AssertAllDoneAsync(factory.Services.GetRequiredService<ResultsStore>(), launch.CampaignId, 4, TimeSpan.FromMinutes(3));

        var text = await client.GetStringAsync($"/export/snapshots.csv?dataset=mnist&run={Tiny.Name}", ct);

        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(4, rows.Count);
        foreach (var row in rows)
        {
            var name = (string)row["name"];
            var form = (string)row["form"];
            Assert.StartsWith("'", name);
            Assert.Equal("'" + form[1..] + "_1", name);
            Assert.Contains(form[1..], Forms.Select(f => f.Replace("\\\"", "\"")));
            Assert.True(double.TryParse((string)row["accuracy"], NumberStyles.Float, CultureInfo.InvariantCulture, out var accuracy), (string)row["accuracy"]);
            Assert.InRange(accuracy, 0, 1);
            Assert.Matches("^[0-9]+$", (string)row["params"]);
        }
    }

    public void Dispose() => factory.Dispose();
}
