namespace Netpicking.Tests.Web;

/// <summary>
/// Pages, services, endpoints and verbs reach the results through the store (<c>ResultsStore</c> and its parts), never
/// through EF Core: only the start-up (<c>Program.cs</c> and <c>Hosting/</c>) may name it. Read from the sources, because
/// a razor file's usings and injections are what a reader sees and copies.
/// </summary>
public sealed class WebStoreAccessTests
{
    private static readonly string[] Forbidden = ["Microsoft.EntityFrameworkCore", "ResultsDbContext"];

    [Fact]
    public void NoWebFileOutsideTheStartUpUsesEfCore()
    {
        var web = Path.Combine(SourceTree.Root, "Netpicking.Web");
        var files = SourceTree.SourceFiles(web).Where(file => !IsStartUp(web, file)).ToList();

        Assert.True(files.Count > 50, $"Only {files.Count} source files found under {web}.");
        Assert.Empty(files.SelectMany(file => Violations(file).Select(v => $"{Path.GetRelativePath(web, file)} references {v}")));
    }

    [Fact]
    public void TheCheckSeesEfCoreWhereTheStoreUsesIt()
    {
        // The same check on the store's own files must fail, or the test above proves nothing.
        var storage = Path.Combine(SourceTree.Root, "Netpicking.Core", "Storage");

        Assert.Contains("Microsoft.EntityFrameworkCore", Violations(Path.Combine(storage, "EpochStore.cs")));
        Assert.Contains("ResultsDbContext", Violations(Path.Combine(storage, "TrainingStore.cs")));
    }

    private static IEnumerable<string> Violations(string file)
    {
        var text = File.ReadAllText(file);
        return Forbidden.Where(name => text.Contains(name, StringComparison.Ordinal));
    }

    private static bool IsStartUp(string web, string file)
    {
        var relative = Path.GetRelativePath(web, file);
        return relative == "Program.cs" || relative.StartsWith("Hosting" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
