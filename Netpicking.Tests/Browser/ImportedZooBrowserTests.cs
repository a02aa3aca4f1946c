using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Imports;
using Netpicking.Core.Storage;
using Netpicking.Tests.Functional;
using Netpicking.Tests.Imports;
using Netpicking.Tests.Storage;
using Netpicking.Web.Analyses;

namespace Netpicking.Tests.Browser;

/// <summary>
/// An imported zoo with results beside <see cref="TrainedPopulation"/>'s built-in one: its analyses, its network pages and
/// its zoo table are reached like the built-in zoo's, with <c>zoo=</c> in the URL.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImportedZooBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Zoo = "mine";

    [Fact]
    public async Task AnImportedZooIsBrowsedLikeTheBuiltInOne()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = app.Factory.Services.GetRequiredService<ResultsStore>();
        await app.Factory.Services.GetRequiredService<ZooImporter>().ImportAsync(
            Zoo, new MemoryStream(Encoding.UTF8.GetBytes(ZooImporterTests.Basic + "\n" + ZooImporterTests.LinearBias)), ct);
        // Stored results instead of a training: what the pages read is the same.
        var launch = await store.Campaigns.CreateCampaignAsync(new CampaignRequest(Zoo, TrainedPopulation.Settings.Name, TrainedPopulation.Dataset, null), ct);
        foreach (var training in launch.TrainingsToRun)
        {
            for (var epoch = 1; epoch <= TrainedPopulation.Settings.Epochs; epoch++)
            {
                await store.Epochs.SaveEpochAsync(StorageTestData.TestedEpoch(training, epoch), ct);
            }

            await store.Trainings.MarkDoneAsync(training, ct);
        }

        var scores = await app.OpenAsync($"{AnalysisRegistry.ScoresRoute}?zoo={Zoo}");
        await BrowserApp.WaitForChartAsync(scores);
        Assert.Equal(Zoo, await scores.InputValueAsync("#scope-zoo"));
        await BrowserApp.ScreenshotAsync(scores, "imported-zoo-scores");

        var network = await app.OpenAsync($"networks/751?zoo={Zoo}");
        await network.WaitForSelectorAsync("h1:has-text('LinearBias_1')");
        Assert.Contains(Zoo, await network.InnerTextAsync(".breadcrumb"));
        Assert.Equal(1, await network.Locator($"a[href='training?zoo={Zoo}&networks=751']").CountAsync());
        await BrowserApp.ScreenshotAsync(network, "imported-zoo-network");

        var zoo = await app.OpenAsync($"zoo?zoo={Zoo}");
        await zoo.WaitForSelectorAsync("a:has-text('LinearBias_1')");
        Assert.Equal(Zoo, await zoo.Locator("select").First.InputValueAsync());
    }
}
