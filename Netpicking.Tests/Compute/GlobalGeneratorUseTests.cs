using System.Text.RegularExpressions;

namespace Netpicking.Tests.Compute;

/// <summary>
/// Same seed, same weights holds only while nothing else draws from libtorch's process-wide generator between a seeded
/// build's seed and its draws. Builds hold <c>NetworkModuleBuilder</c>'s gate; everything else draws from a generator of
/// its own, or runs in <see cref="GlobalGeneratorCollection"/>. A test's unseeded <c>torch.randn(2, 784)</c> beside a
/// seeded build once gave <c>LockstepTrainingTests</c> other initial weights in CI.
/// </summary>
public sealed partial class GlobalGeneratorUseTests
{
    [Fact]
    public void EveryRandomDrawOutsideTheBuilderNamesItsGenerator()
    {
        var files = new[] { "Netpicking.Core", "Netpicking.Web", "Netpicking.Tests" }
            .SelectMany(project => SourceTree.SourceFiles(Path.Combine(SourceTree.Root, project)))
            .Where(file => Path.GetFileName(file) != $"{nameof(GlobalGeneratorUseTests)}.cs")
            .ToList();

        Assert.True(files.Count > 300, $"Only {files.Count} source files found.");
        Assert.Empty(files.SelectMany(file => Violations(File.ReadAllText(file)).Select(v => $"{Path.GetRelativePath(SourceTree.Root, file)}: {v}")));
    }

    [Fact]
    public void TheCheckSeesADrawWithoutAGenerator()
    {
        // The check must fail on what it is for, or the test above proves nothing.
        Assert.Equal(["torch.randn(2, 784)"], Violations("var x = torch.randn(2, 784); var y = torch.randn([2], generator: g);"));
    }

    private static IEnumerable<string> Violations(string source) =>
        RandomDraw().Matches(source).Select(m => m.Value).Where(call => !call.Contains("generator:", StringComparison.Ordinal));

    // A call's arguments up to the end of its line: the draws here fit on one.
    [GeneratedRegex(@"torch\.(rand|randn|randint|randperm|normal|rand_like|randn_like|randint_like|bernoulli|multinomial)\((?:[^()\n]|\([^()\n]*\))*\)")]
    private static partial Regex RandomDraw();
}
