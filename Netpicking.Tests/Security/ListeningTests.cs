using Microsoft.Extensions.Configuration;
using Netpicking.Tests.Data;
using Netpicking.Tests.Scale;

namespace Netpicking.Tests.Security;

/// <summary>The dashboard listens on this machine only unless told otherwise, and says which at start.</summary>
public sealed class ListeningTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void TheShippedConfigurationListensOnLoopbackOnly()
    {
        var configuration = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json").Build();

        Assert.Equal("http://127.0.0.1:5080", configuration["Urls"]);
    }

    [Theory]
    [InlineData("http://127.0.0.1:0", "(this machine only)")]
    [InlineData("http://0.0.0.0:0", "(reachable from other machines: see README, Security)")]
    public async Task TheStartLineSaysWhereItListensAndWhoCanReachIt(string urls, string reach)
    {
        using var app = AppProcess.Start(
            "--urls", urls, "--Netpicking:DataFolder", folder.Sub(Guid.NewGuid().ToString("N")), "--Netpicking:TrainingWorkers", "0",
            "--Netpicking:AllowDownload", "false");

        await app.WaitForOutputAsync("Netpicking dashboard listening on", TimeSpan.FromMinutes(1));
        await app.WaitForOutputAsync(reach, TimeSpan.FromSeconds(10));
        Assert.Contains($"Netpicking dashboard listening on {urls[..^1]}", app.Output);
        Assert.Contains("this process trains nothing (Netpicking:TrainingWorkers = 0)", app.Output);
    }

    public void Dispose() => folder.Dispose();
}
