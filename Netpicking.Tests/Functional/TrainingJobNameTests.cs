using System.Net;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Zoo;
using Netpicking.Web.Jobs;

namespace Netpicking.Tests.Functional;

/// <summary>The Hangfire job list names each training job by its network and campaign.</summary>
[Collection(AppCollection.Name)]
public sealed class TrainingJobNameTests
{
    [Fact]
    public async Task ATrainingJobIsNamedAfterItsNetworkAndCampaign()
    {
        var ct = TestContext.Current.CancellationToken;
        using var factory = new NetpickingAppFactory();
        factory.Settings["Netpicking:TrainingWorkers"] = "0";
        using var client = factory.CreateClient();
        var basic = ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Basic").Id;

        var launch = await factory.Services.GetRequiredService<CampaignService>()
            .LaunchAsync(new LaunchRequest(ZooCatalog.Mnistk1001, "quick", "mnist", [basic]), ct);

        var job = Assert.Single(factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs(TrainingQueues.Shared, 0, 10));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/hangfire/jobs/details/{job.Key}", ct));
        Assert.Contains($"Train Basic (campaign {launch.CampaignId})", page);
    }
}
