using Netpicking.Tests.Functional;

namespace Netpicking.Tests.Security;

/// <summary>The upload page (the importer's own checks: Imports/ZooImporterTests).</summary>
[Collection(AppCollection.Name)]
public sealed class ZooImportPageTests : IDisposable
{
    private readonly NetpickingAppFactory factory = new();

    [Fact]
    public async Task ThePageOffersAFileInputAndStatesTheLimits()
    {
        factory.Settings["Netpicking:TrainingWorkers"] = "0";
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync("/zoo/import", TestContext.Current.CancellationToken);

        Assert.Contains("<h1>Import a zoo</h1>", page);
        Assert.Contains("type=\"file\"", page);
        Assert.Contains("At most 4 MiB, 5,000 networks", page);
        Assert.DoesNotContain("<form", page); // the upload goes through the circuit, not a form post
    }

    public void Dispose() => factory.Dispose();
}
