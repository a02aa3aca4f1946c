using System.Net;
using System.Text.RegularExpressions;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Web;

/// <summary>What the server answers for addresses that name nothing: its friendly page, with a status that says so.</summary>
[Collection(AppCollection.Name)]
public sealed partial class StatusCodeTests : IDisposable
{
    private readonly NetpickingAppFactory factory = new();

    public StatusCodeTests()
    {
        factory.Settings["Netpicking:TrainingWorkers"] = "0";
    }

    [Fact]
    public async Task ANetworkTheZooDoesNotHaveIsA404WithItsFriendlyPage()
    {
        using var client = factory.CreateClient();

        var missing = await client.GetAsync("/networks/99999", TestContext.Current.CancellationToken);
        var present = await client.GetAsync("/networks/974", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(body.Contains("The zoo has no network with id 99999.", StringComparison.Ordinal), body);
        Assert.Equal(HttpStatusCode.OK, present.StatusCode);
    }

    [Fact]
    public async Task ATestImageOfAnUnknownDatasetIsA404NamingTheAddress()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/images/nope/3", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is nothing at /images/nope/3", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ANetworkPageNamesAQueryKeyItDoesNotRead()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/networks/974?epoch=2&colour=red", TestContext.Current.CancellationToken);

        Assert.Contains("This page does not read &#x27;colour&#x27; in the address", html);
    }

    [Fact]
    public async Task ANetworkPageNamesAnEpochItCannotRead()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/networks/974?epoch=abc&vs=0", TestContext.Current.CancellationToken);

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("epoch=abc must be a whole number of at least 1; the default is shown.", html);
        Assert.Contains("vs=0 must be a whole number of at least 1; the default is shown.", html);
    }

    [Theory]
    [InlineData("/zoo?desc=abc")]
    [InlineData("/zoo?desc=true&sort=Params")]
    [InlineData("/networks/974?epoch=1.5&vs=x")]
    [InlineData("/training?campaign=abc")]
    public async Task AValueAPageCannotReadIsNeverAServerError(string address)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(address, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheStylesheetIsServedWhereverTheAppIsStarted()
    {
        // The content root is the app's folder, not the working directory (docs/decisions/0019).
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        var stylesheet = Stylesheet().Match(html);

        Assert.True(stylesheet.Success, html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + stylesheet.Groups[1].Value, TestContext.Current.CancellationToken)).StatusCode);
    }

    public void Dispose() => factory.Dispose();

    [GeneratedRegex("href=\"(app[^\"]*\\.css)\"")]
    private static partial Regex Stylesheet();
}
