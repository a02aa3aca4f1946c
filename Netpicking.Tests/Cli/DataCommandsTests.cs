using Netpicking.Tests.Data;

namespace Netpicking.Tests.Cli;

public sealed class DataCommandsTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task VerifyPassesOnTheRealMnist()
    {
        var datasets = Path.GetDirectoryName(TestDatasets.Folder("mnist"))!;

        var (exitCode, output, _) = await CliRunner.RunAsync("data", "verify", "--dataset", "mnist", "--datasets", datasets, "--data-dir", folder.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("f68b3c2dcbeaaa9fbdd348bbdeb94873", output);
        Assert.Contains("5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949", output);
        Assert.Contains("All checks passed.", output);
    }

    [Fact]
    public async Task VerifyFailsOnAModifiedCopyAndNamesTheFile()
    {
        var copy = TestDatasets.CopyOf("mnist", folder);
        var labels = Path.Combine(copy, "t10k-labels-idx1-ubyte.gz");
        var bytes = await File.ReadAllBytesAsync(labels, TestContext.Current.CancellationToken);
        bytes[^20] ^= 0xFF;
        await File.WriteAllBytesAsync(labels, bytes, TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await CliRunner.RunAsync("data", "verify", "--datasets", folder.Path, "--data-dir", folder.Sub("data"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MISMATCH t10k-labels-idx1-ubyte.gz", output);
        Assert.Contains("did not pass verification", error);
    }

    [Fact]
    public async Task VerifyOfAnUnknownDatasetFailsOnStandardError()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("data", "verify", "--dataset", "cifar", "--data-dir", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("Unknown dataset 'cifar'", error);
    }

    public void Dispose() => folder.Dispose();
}
