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

    [Fact]
    public async Task TheZooPageNamesEveryPartOfTheAddressItCannotFollow()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/zoo?zoo=nope&sort=Colour&desc=abc&colour=red&group=Linear", TestContext.Current.CancellationToken));

        Assert.Contains("There is no zoo 'nope'; mnistk-1001 is shown.", html);
        Assert.Contains("sort=Colour is not a column to sort by; sorted by id.", html);
        Assert.Contains("desc=abc must be true or false; sorted ascending.", html);
        Assert.Contains("This page does not read 'colour' in the address; it was left out.", html);
        Assert.DoesNotContain("does not read 'group'", html);
    }

    [Fact]
    public async Task TheTrainingPageNamesEveryPartOfTheAddressItCannotFollow()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/training?zoo=nope&networks=0,abc,99999&campaign=abc&colour=red", TestContext.Current.CancellationToken));
        var missing = WebUtility.HtmlDecode(await client.GetStringAsync("/training?campaign=4242", TestContext.Current.CancellationToken));
        var fine = WebUtility.HtmlDecode(await client.GetStringAsync("/training?networks=0,974", TestContext.Current.CancellationToken));

        Assert.Contains("There is no zoo 'nope'; mnistk-1001 is chosen.", html);
        Assert.Contains("networks= names abc, 99999, which the zoo mnistk-1001 does not have; left out.", html);
        Assert.Contains("campaign=abc is not a campaign number; the running or newest campaign is shown.", html);
        Assert.Contains("This page does not read 'colour' in the address; it was left out.", html);
        Assert.Contains("1 network chosen on the Zoo page.", html);
        Assert.Contains("There is no campaign 4242; the running or newest campaign is shown.", missing);
        Assert.DoesNotContain("address-warnings", fine);
        Assert.Contains("2 networks chosen on the Zoo page.", fine);
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
