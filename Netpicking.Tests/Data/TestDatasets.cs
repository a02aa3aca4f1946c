using Netpicking.Core.Data;

namespace Netpicking.Tests.Data;

/// <summary>
/// Finds the real datasets: <c>NETPICKING_DATASETS</c> if set, else <c>shared/datasets</c> in the nearest
/// folder above the test's base directory. Tests that need them are skipped where neither exists.
/// </summary>
public static class TestDatasets
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The folder of one real dataset (e.g. "mnist"); skips the calling test when it is absent.</summary>
    public static string Folder(string dataset)
    {
        var folder = Root.Value is { } root ? Path.Combine(root, dataset) : null;
        if (folder is null || !File.Exists(Path.Combine(folder, DatasetFiles.TrainImagesName)))
        {
            Assert.Skip($"The real {dataset} files were not found (set {DataOptions.EnvironmentVariable} or run inside the repository next to shared/datasets).");
        }

        return folder;
    }

    /// <summary>A writable copy of one real dataset's four files in <paramref name="into"/>.</summary>
    public static string CopyOf(string dataset, TempFolder into)
    {
        var source = Folder(dataset);
        var target = into.Sub(dataset);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*.gz"))
        {
            var copy = Path.Combine(target, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetAttributes(copy, FileAttributes.Normal);
        }

        return target;
    }

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(DataOptions.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "datasets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
