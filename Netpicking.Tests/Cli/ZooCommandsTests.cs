using System.Globalization;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Cli;

public sealed class ZooCommandsTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task ExportWritesEveryNetworkWithTheDocumentedHeader()
    {
        var file = folder.Sub("zoo.csv");

        var (exitCode, _, error) = await CliRunner.RunAsync("zoo", "export", "--out", file);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("id,name,group,form,activation,params,memory,ops,layers", lines[0]);
        Assert.Equal(1002, lines.Length);
        Assert.Equal("0,Basic,Basic,Basic,None,7850,1588,4,2", lines[1]);
        Assert.Contains("974,ResNetStyle_75,ResNet,ResNetStyle,ReLU,531605,254083,28,19", lines);
        // Totals over the whole zoo, computed independently from the reference JSONL (see StaticMetricsTests).
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(158_660_769L, rows.Sum(r => long.Parse(r[5], CultureInfo.InvariantCulture)));
        Assert.Equal(23_470_332L, rows.Sum(r => long.Parse(r[6], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ExportOfASpecFileWithAnErrorNamesTheLineAndWritesNothing()
    {
        var spec = folder.Sub("bad.jsonl");
        var good = ZooJsonlLine("Basic");
        await File.WriteAllTextAsync(spec, good + "\n{\"id\": 1, oops\n", TestContext.Current.CancellationToken);
        var file = folder.Sub("out.csv");

        var (exitCode, _, error) = await CliRunner.RunAsync("zoo", "export", "--out", file, "--file", spec);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("line 2", error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task ShowPrintsTheLayerTableAndMetrics()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("zoo", "show", "ResNetStyle_75");

        Assert.Equal(0, exitCode);
        Assert.Contains("BasicBlock", output);
        Assert.Contains("531,605", output);
        Assert.Contains("254,083 elements", output);
        Assert.Equal(3, output.Split('\n').Count(l => l.Contains("BasicBlock", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ShowOfAnUnknownNetworkFailsOnStandardError()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("zoo", "show", "NoSuchNet_1");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("NoSuchNet_1", error);
    }

    [Fact]
    public async Task GenerateIsByteIdenticalForTheSameSeed()
    {
        var a = folder.Sub("a.jsonl");
        var b = folder.Sub("b.jsonl");
        var c = folder.Sub("c.jsonl");

        Assert.Equal(0, (await CliRunner.RunAsync("zoo", "generate", "--seed", "5", "--count", "60", "--out", a)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("zoo", "generate", "--seed", "5", "--count", "60", "--out", b)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("zoo", "generate", "--seed", "6", "--count", "60", "--out", c)).ExitCode);

        Assert.Equal(await File.ReadAllBytesAsync(a, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(b, TestContext.Current.CancellationToken));
        Assert.NotEqual(await File.ReadAllBytesAsync(a, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(c, TestContext.Current.CancellationToken));
        Assert.Equal(60, (await File.ReadAllLinesAsync(a, TestContext.Current.CancellationToken)).Length);
    }

    [Fact]
    public async Task GenerateRejectsAnUnknownFamily()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("zoo", "generate", "--seed", "1", "--out", folder.Sub("x.jsonl"), "--families", "Transformer");

        Assert.Equal(1, exitCode);
        Assert.Contains("Transformer", error);
    }

    [Fact]
    public async Task ListNamesTheBuiltInZoo()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("zoo", "list", "--data-dir", folder.Sub("data"));

        Assert.Equal(0, exitCode);
        Assert.Contains("mnistk-1001\t1001 networks\t", output);
    }

    [Fact]
    public async Task AnImportedZooIsListedShownAndExportedLikeABuiltInOne()
    {
        var ct = TestContext.Current.CancellationToken;
        var spec = await TwoNetworkZooAsync(ct);
        var data = folder.Sub("data");
        var csv = folder.Sub("mine.csv");
        Assert.Equal(0, (await CliRunner.RunAsync("zoo", "import", spec, "--data-dir", data)).ExitCode);

        var list = await CliRunner.RunAsync("zoo", "list", "--data-dir", data);
        var show = await CliRunner.RunAsync("zoo", "show", "ResNetStyle_75", "--zoo", "mine", "--data-dir", data);
        var export = await CliRunner.RunAsync("zoo", "export", "--zoo", "mine", "--out", csv, "--data-dir", data);
        var unknown = await CliRunner.RunAsync("zoo", "show", "Basic", "--zoo", "nope", "--data-dir", data);

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("mnistk-1001\t1001 networks\t9 families\tbuilt-in", list.Output);
        Assert.Contains("mine\t2 networks\t2 families\timported", list.Output);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("531,605", show.Output);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(3, (await File.ReadAllLinesAsync(csv, ct)).Length);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Unknown zoo 'nope'. Known: mnistk-1001, mine.", unknown.Error);
    }

    [Fact]
    public async Task ImportStoresAValidZooAndListsEveryBadLineOfAnotherOnStandardError()
    {
        var ct = TestContext.Current.CancellationToken;
        var good = await TwoNetworkZooAsync(ct);
        var bad = folder.Sub("bad.jsonl");
        await File.WriteAllTextAsync(bad, ZooJsonlLine("Basic") + "\n[1]\n{oops\n", ct);
        var data = folder.Sub("data");

        var imported = await CliRunner.RunAsync("zoo", "import", good, "--data-dir", data);
        var refused = await CliRunner.RunAsync("zoo", "import", bad, "--name", "other", "--data-dir", data);

        Assert.Equal((0, "Imported 2 networks into the zoo mine.\n", ""), (imported.ExitCode, imported.Output.Replace("\r", ""), imported.Error));
        Assert.Equal(1, refused.ExitCode);
        Assert.Empty(refused.Output);
        Assert.Contains("2 lines are wrong", refused.Error);
        Assert.Contains("line 2: expected a JSON object, found Array", refused.Error);
        Assert.Contains("line 3: malformed JSON at character 2", refused.Error);
        Assert.DoesNotContain("BytePositionInLine", refused.Error);
    }

    public void Dispose() => folder.Dispose();

    /// <summary>mine.jsonl: Basic and ResNetStyle_75, a zoo to import as "mine".</summary>
    private async Task<string> TwoNetworkZooAsync(CancellationToken cancellationToken)
    {
        var file = folder.Sub("mine.jsonl");
        await File.WriteAllTextAsync(file, ZooJsonlLine("Basic") + "\n" + ZooJsonlLine("ResNetStyle_75") + "\n", cancellationToken);
        return file;
    }

    private static string ZooJsonlLine(string name) =>
        Core.Zoo.ZooJsonl.WriteLine(Core.Zoo.ZooCatalog.Default.GetNetwork(Core.Zoo.ZooCatalog.Mnistk1001, name)).TrimEnd('\n');
}
