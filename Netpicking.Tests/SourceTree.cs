namespace Netpicking.Tests;

/// <summary>The repository the tests were built in, for the tests that read the sources themselves.</summary>
internal static class SourceTree
{
    /// <summary>The folder holding Netpicking.sln above the test's build, or null when the build is outside a source tree.</summary>
    public static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Netpicking.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    public static string Root => Find() ?? throw new InvalidOperationException("The repository (Netpicking.sln) is not above the test's folder.");

    /// <summary>The hand-written .cs and .razor files under <paramref name="folder"/>, build output left out.</summary>
    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal))
            .Where(file => Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"));
}
