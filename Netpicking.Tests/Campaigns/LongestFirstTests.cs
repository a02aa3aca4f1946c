using Netpicking.Core.Training;
using Netpicking.Tests.Data;
using Netpicking.Tests.Reliability;

namespace Netpicking.Tests.Campaigns;

public sealed class LongestFirstTests
{
    [Fact]
    public async Task ACampaignQueuesItsNetworksLongestFirst()
    {
        using var folder = new TempFolder();
        await using var harness = await CoreHarness.StartAsync(folder.Path, Path.GetDirectoryName(TestDatasets.Folder("mnist"))!);

        // Basic, LinearBias_13, Conv2dReLU_12 (25 M multiply-adds an image), ResNetStyle_92 (33 M), in id order.
        var launch = await harness.LaunchAsync(RunSettings.Quick with { Name = "quick-order", IsBuiltIn = false }, 0, 755, 304, 993);

        Assert.Equal([993, 304, 755, 0], launch.NetworksToRun);
        Assert.Equal(launch.TrainingsToRun, harness.Scheduler.Enqueued);
    }
}
