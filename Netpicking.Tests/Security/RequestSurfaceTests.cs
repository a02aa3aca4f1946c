using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Security;

/// <summary>
/// Everything a request can reach: every endpoint that changes state is antiforgery-protected, and no endpoint or page
/// takes a file-system path (the data folder and databases come from configuration only).
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class RequestSurfaceTests : IDisposable
{
    private static readonly string[] ReadOnlyMethods = ["GET", "HEAD"];
    private readonly NetpickingAppFactory factory = new();

    public RequestSurfaceTests()
    {
        factory.Settings["Netpicking:TrainingWorkers"] = "0";
    }

    [Fact]
    public void EveryEndpointThatAcceptsAStateChangingMethodIsAntiforgeryProtected()
    {
        using var client = factory.CreateClient();
        var unprotected = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is not null && methods.All(m => ReadOnlyMethods.Contains(m)))
            {
                continue;
            }

            var pattern = endpoint.RoutePattern.RawText ?? "";
            var protectedByToken = endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true };

            // Blazor's circuit hub only accepts the components this server rendered into a page (data-protected
            // descriptors), and the Hangfire dashboard checks the antiforgery token itself (see the dashboard tests).
            var ownProtection = pattern.StartsWith("/_blazor", StringComparison.Ordinal) || pattern.StartsWith("/hangfire", StringComparison.Ordinal)
                || pattern.StartsWith("hangfire", StringComparison.Ordinal);
            if (!protectedByToken && !ownProtection)
            {
                unprotected.Add($"{string.Join(",", methods ?? ["*"])} {pattern}");
            }
        }

        Assert.Empty(unprotected);
    }

    [Theory]
    [InlineData("/training")]
    [InlineData("/zoo/import")]
    [InlineData("/")]
    public async Task APostWithoutAnAntiforgeryTokenIsRejected(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(path, new FormUrlEncodedContent([new("_handler", "launch")]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/export/snapshots.csv")]
    [InlineData("/export/zoo.csv")]
    public async Task TheExportsOnlyRead(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(path, new StringContent(""), TestContext.Current.CancellationToken);

        // The static-asset fallback takes the post and refuses it for want of a token; either way nothing is served or written.
        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void NoEndpointOrPageTakesAParameterThatCouldNameAFile()
    {
        using var client = factory.CreateClient();
        var suspicious = new List<string>();
        var services = factory.Services.GetRequiredService<IServiceProviderIsService>();
        foreach (var endpoint in Endpoints())
        {
            // Two framework catch-alls take a "path": the static assets fallback serves only files listed in the build's
            // asset manifest, and the Hangfire dashboard maps it to its own pages (PathLikeValuesNeverReachTheFileSystem).
            var pattern = endpoint.RoutePattern.RawText ?? "";
            if (pattern is not ("{**path:file}" or "/hangfire/{**path}"))
            {
                suspicious.AddRange(endpoint.RoutePattern.Parameters.Select(p => p.Name).Where(LooksLikeAPath).Select(n => $"{pattern}: route {n}"));
            }

            // What a handler takes from the request (services and the cancellation token come from the server).
            var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
            suspicious.AddRange(handler?.GetParameters()
                .Where(p => !services.IsService(p.ParameterType) && p.ParameterType != typeof(CancellationToken))
                .Select(p => p.Name!).Where(LooksLikeAPath).Select(n => $"{pattern}: {n}") ?? []);
        }

        var pages = typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any());
        foreach (var page in pages)
        {
            foreach (var property in page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                var query = property.GetCustomAttribute<SupplyParameterFromQueryAttribute>();
                var name = query?.Name ?? property.Name;
                if ((query is not null || property.GetCustomAttribute<ParameterAttribute>() is not null) && LooksLikeAPath(name))
                {
                    suspicious.Add($"{page.Name}: {name}");
                }
            }
        }

        Assert.NotEmpty(pages);
        Assert.Empty(suspicious);
    }

    [Theory]
    [InlineData("/export/zoo.csv?zoo=../../../../etc/passwd", HttpStatusCode.NotFound)]
    [InlineData("/export/zoo.csv?zoo=%2Fetc%2Fpasswd", HttpStatusCode.NotFound)]
    [InlineData("/export/snapshots.csv?dataset=../../etc&run=/etc/passwd", HttpStatusCode.BadRequest)]
    [InlineData("/export/votes.csv?dataset=mnist&run=..%2F..%2Fnetpicking.db", HttpStatusCode.BadRequest)]
    [InlineData("/..%2F..%2Fetc%2Fpasswd", HttpStatusCode.NotFound)]
    [InlineData("/_content/../../appsettings.json", HttpStatusCode.NotFound)]
    [InlineData("/hangfire/..%2F..%2Fappsettings.json", HttpStatusCode.NotFound)]
    public async Task PathLikeValuesNeverReachTheFileSystem(string url, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("SQLite format", body);
    }

    public void Dispose() => factory.Dispose();

    private IEnumerable<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static bool LooksLikeAPath(string name) => PathWords().IsMatch(name);

    [GeneratedRegex("path|file|folder|dir|directory|database|connection", RegexOptions.IgnoreCase)]
    private static partial Regex PathWords();
}
