namespace Netpicking.Tests.Functional;

[Collection(AppCollection.Name)]
public sealed class ZooPageTests : IDisposable
{
    private readonly NetpickingAppFactory factory = new();

    [Fact]
    public async Task ZooPageListsAll1001Networks()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/zoo", TestContext.Current.CancellationToken);

        Assert.Contains("1,001 of 1,001 networks", html);
        Assert.Contains("zoo-table", html);
    }

    [Fact]
    public async Task NetworkPageShowsLayerTableAndMetrics()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/networks/974", TestContext.Current.CancellationToken);

        Assert.Contains("ResNetStyle_75", html);
        Assert.Contains("531,605", html);
        Assert.Contains("254,083", html);
        Assert.Equal(3, CountOccurrences(html, "<td>BasicBlock</td>"));
    }

    [Fact]
    public async Task ZooCsvExportHasTheDocumentedHeader()
    {
        using var client = factory.CreateClient();
        var csv = await client.GetStringAsync("/export/zoo.csv?group=Basic", TestContext.Current.CancellationToken);

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name,group,form,activation,params,memory,ops,layers", lines[0].TrimEnd('\r'));
        Assert.Equal("0,Basic,Basic,Basic,None,7850,1588,4,2", lines[1].TrimEnd('\r'));
        Assert.Equal(2, lines.Length);
    }

    public void Dispose() => factory.Dispose();

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
