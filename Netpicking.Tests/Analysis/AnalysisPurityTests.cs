using Netpicking.Core.Analysis;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Tests.Analysis;

/// <summary>
/// "Analysis is pure": the analyses are functions of a snapshot in memory, so the pages, the command line and the
/// benchmark can all call them, and a test needs no store. Nothing in <c>Netpicking.Core.Analysis</c> may use the
/// store, training, TorchSharp, EF Core or the web app — checked on the compiled types, not on what the files say.
/// </summary>
public sealed class AnalysisPurityTests
{
    private const string AnalysisNamespace = "Netpicking.Core.Analysis";

    private static readonly string[] Forbidden =
    [
        "TorchSharp", "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "Npgsql", "Hangfire", "Netpicking.Core.Storage",
        "Netpicking.Core.Training", "Netpicking.Core.Campaigns", "Netpicking.Core.Benchmarks", "Netpicking.Web",
    ];

    [Fact]
    public void TheAnalysesUseNoStoreTrainingTorchOrEfCore()
    {
        var analyses = typeof(PopulationSnapshot).Assembly.GetTypes().Where(t => t.Namespace == AnalysisNamespace).ToArray();

        Assert.True(analyses.Length > 100, $"Only {analyses.Length} types found in {AnalysisNamespace}.");
        Assert.Empty(analyses.SelectMany(t => Violations(t).Select(v => $"{t.FullName} uses {v}")));
    }

    [Fact]
    public void TheCheckSeesWhatTheStoreAndTheTrainerUse()
    {
        // The same check on types that are not pure must fail, or the test above proves nothing.
        Assert.Contains(Violations(typeof(PopulationLoader)), v => v.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains(Violations(typeof(NetworkTrainer)), v => v.StartsWith("TorchSharp", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFileOfTheAnalysisFolderIsInTheAnalysisNamespace()
    {
        // The check above covers the namespace; this keeps every file of the folder in it, whatever subfolder it is in.
        var folder = Path.Combine(SourceTree.Root, "Netpicking.Core", "Analysis");
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Contains($"namespace {AnalysisNamespace};", File.ReadAllText(file), StringComparison.Ordinal));
    }

    private static IEnumerable<string> Violations(Type type) =>
        TypeReferences.Of(type)
            .Select(t => t.FullName ?? t.Name)
            .Where(name => Forbidden.Any(f => name.StartsWith(f + ".", StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal);
}
