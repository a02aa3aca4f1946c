using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Netpicking.Tests.Cli;

/// <summary>
/// The command line as the README writes it: <c>dotnet run --project Netpicking.Web --no-launch-profile -- &lt;verb&gt;</c>
/// typed in some folder of the user's. Run for real through <c>dotnet run</c> (with <c>--no-build</c>, the test's build
/// being current), because what goes wrong lives there: the SDK's own lines on stdout and the working directory it
/// chooses (docs/decisions/0019).
/// </summary>
public sealed partial class ReadmeCommandsTests(AnalyzeStoreFixture store) : IClassFixture<AnalyzeStoreFixture>
{
    private static readonly string? SourceRoot = SourceTree.Find();

    /// <summary>The folder the user types the command in: the fixture's, which holds <c>data/</c> and <c>datasets/</c>.</summary>
    private string UserFolder => Path.GetDirectoryName(store.DataDir)!;

    [Fact]
    public async Task AnalyzeAsJsonPrintsOnlyJsonWithRelativePathsFromTheUsersFolder()
    {
        var (exitCode, output, error) = await DotnetRunAsync("analyze", "thresholds", "--json", "--zoo", Storage.StorageTestData.ZooName, "--data-dir", "data", "--datasets", "datasets");

        Assert.True(exitCode == 0, error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("thresholds", document.RootElement.GetProperty("analysis").GetString());
        Assert.Equal(3, document.RootElement.GetProperty("networks").GetArrayLength());
    }

    [Fact]
    public async Task ExportWritesARelativeOutFileIntoTheUsersFolder()
    {
        var (exitCode, output, error) = await DotnetRunAsync("zoo", "export", "--out", "zoo.csv");

        var written = Path.Combine(UserFolder, "zoo.csv");
        Assert.True(exitCode == 0, error);
        Assert.Equal($"Wrote 1001 networks to {written}", output.TrimEnd());
        Assert.True(File.Exists(written));
        File.Delete(written);
    }

    [Fact]
    public void EveryDotnetRunCommandOfTheReadmeThatRunsAVerbLeavesOutTheLaunchProfile()
    {
        var readme = File.ReadAllText(Path.Combine(SourceRootOrSkip(), "README.md"));

        var commands = DotnetRunCommand().Matches(readme).Select(m => m.Value).ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands.Where(c => c.Contains(" -- ", StringComparison.Ordinal)), c => Assert.Contains("--no-launch-profile", c));
    }

    [Theory]
    [InlineData("data/netpicking.db")]
    [InlineData("data/weights/mnistk-1001/mnist/quick/974.bin")]
    [InlineData("data/compute/933e1846f8b1.json")]
    [InlineData("Netpicking.Web/data/weights/mnistk-1001/mnist/quick/974.bin")]
    [InlineData("Netpicking.Web/data/jobs.db-wal")]
    public async Task WhatTheAppWritesInTheFoldersAUserStartsItFromIsIgnoredByGit(string path)
    {
        var start = new ProcessStartInfo("git", ["check-ignore", "--no-index", "-q", path])
        {
            WorkingDirectory = SourceRootOrSkip(),
            RedirectStandardError = true,
        };
        using var git = Process.Start(start)!;
        await git.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(git.ExitCode == 0, $"git does not ignore {path}: {await git.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
    }

    private async Task<(int ExitCode, string Output, string Error)> DotnetRunAsync(params string[] verb)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = UserFolder,
        };
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        foreach (var arg in (string[])["run", "--project", Path.Combine(SourceRootOrSkip(), "Netpicking.Web"), "--no-build", "-c", configuration, "--no-launch-profile", "--", .. verb])
        {
            start.ArgumentList.Add(arg);
        }

        // The SDK's first-run banner is the SDK's, once per user; the test is about what the app and the command print.
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    private static string SourceRootOrSkip()
    {
        if (SourceRoot is null)
        {
            Assert.Skip("These tests run from a build inside the source tree (no Netpicking.sln above the test's folder).");
        }

        return SourceRoot;
    }

    [GeneratedRegex(@"dotnet run --project Netpicking\.Web[^`\n]*")]
    private static partial Regex DotnetRunCommand();
}
