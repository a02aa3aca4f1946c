using System.Net;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Security;

/// <summary>The Hangfire dashboard: open to this machine, closed to others, and its commands need an antiforgery token.</summary>
[Collection(AppCollection.Name)]
public sealed class DashboardAccessTests
{
    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.1.2.3")]
    [InlineData("2001:db8::1")]
    public async Task ARequestFromAnotherMachineIsRefused(string address)
    {
        using var factory = new RemoteFactory(IPAddress.Parse(address));
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/hangfire", "/hangfire/jobs/enqueued", "/hangfire/servers" })
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task ARequestFromThisMachineSeesTheDashboard(string address)
    {
        using var factory = new RemoteFactory(IPAddress.Parse(address));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/hangfire", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Netpicking jobs", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ADashboardCommandNeedsTheAntiforgeryTokenOfTheDashboardPage()
    {
        var ct = TestContext.Current.CancellationToken;
        using var factory = new RemoteFactory(IPAddress.Loopback);
        using var client = factory.CreateClient();
        var jobs = factory.Services.GetRequiredService<IBackgroundJobClient>();
        var jobId = jobs.Enqueue<global::Netpicking.Web.Jobs.TrainNetworkJob>(job => job.RunAsync(424242, CancellationToken.None));
        string State() => factory.Services.GetRequiredService<JobStorage>().GetConnection().GetStateData(jobId).Name;

        // Without the token (a cross-site form post): refused, the job stays.
        using (var forged = await client.PostAsync("/hangfire/jobs/enqueued/delete", Form(jobId), ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Equal("Enqueued", State());

        // With the token the dashboard page carries (and its cookie): the same command goes through.
        var page = await client.GetStringAsync("/hangfire/jobs/enqueued", ct);
        var header = Meta(page, "csrf-header");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/jobs/enqueued/delete") { Content = Form(jobId) };
        request.Headers.Add(header, Meta(page, "csrf-token"));
        using var genuine = await client.SendAsync(request, ct);

        Assert.True(genuine.IsSuccessStatusCode, genuine.StatusCode.ToString());
        Assert.Equal("Deleted", State());
    }

    private static FormUrlEncodedContent Form(string jobId) => new([new("jobs[]", jobId)]);

    private static string Meta(string html, string name)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"<meta name=\"{name}\" content=\"([^\"]+)\"");
        Assert.True(match.Success, $"no {name} meta in the dashboard page");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The app with no training workers (the job enqueued above must stay put), as seen from one address.</summary>
    private sealed class RemoteFactory : IDisposable
    {
        private readonly NetpickingAppFactory root = new();
        private readonly WebApplicationFactory<Program> factory;

        public RemoteFactory(IPAddress remote)
        {
            root.Settings["Netpicking:TrainingWorkers"] = "0";
            factory = root.WithWebHostBuilder(builder => builder.ConfigureServices(
                services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(remote))));
        }

        public IServiceProvider Services => factory.Services;

        public HttpClient CreateClient() => factory.CreateClient();

        public void Dispose()
        {
            factory.Dispose();
            root.Dispose();
        }
    }
}
