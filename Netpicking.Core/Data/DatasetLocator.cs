using System.Text;

namespace Netpicking.Core.Data;

/// <summary>
/// Finds a dataset's folder in the order of docs/product.md#data: the configured datasets folder,
/// the <c>NETPICKING_DATASETS</c> environment variable, <c>&lt;data folder&gt;/&lt;dataset&gt;</c>, and last a
/// download from the mirrors when <see cref="DataOptions.AllowDownload"/> is set. A folder counts only if it
/// holds all four files; otherwise the search goes on, and the final error lists every place searched.
/// </summary>
/// <param name="environment">Reads an environment variable; injectable so tests need not change the process's.</param>
public sealed class DatasetLocator(
    DataOptions options,
    DatasetRegistry registry,
    DatasetDownloader? downloader = null,
    Func<string, string?>? environment = null)
{
    private readonly Func<string, string?> readEnvironment = environment ?? Environment.GetEnvironmentVariable;

    public DatasetRegistry Registry => registry;

    /// <summary>The folder downloads of <paramref name="info"/> go to (and the third place searched).</summary>
    public string DataFolderFor(DatasetInfo info) => Path.GetFullPath(Path.Combine(options.DataFolder, info.Name));

    /// <summary>The local folders searched for <paramref name="name"/>, in order (unset places left out).</summary>
    public IReadOnlyList<DatasetLocation> Candidates(string name)
    {
        var info = registry.Get(name);
        var candidates = new List<DatasetLocation>();
        if (!string.IsNullOrWhiteSpace(options.DatasetsFolder))
        {
            candidates.Add(new(info, Path.GetFullPath(Path.Combine(options.DatasetsFolder, info.Name)), DatasetSource.ConfiguredFolder));
        }

        var fromEnvironment = readEnvironment(DataOptions.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            candidates.Add(new(info, Path.GetFullPath(Path.Combine(fromEnvironment, info.Name)), DatasetSource.EnvironmentVariable));
        }

        candidates.Add(new(info, DataFolderFor(info), DatasetSource.DataFolder));
        return candidates;
    }

    /// <summary>The first local folder holding all four files, or null; never downloads.</summary>
    public DatasetLocation? TryLocateLocal(string name) =>
        Candidates(name).FirstOrDefault(candidate => MissingFiles(candidate).Count == 0);

    /// <summary>The first local folder holding all four files; never downloads.</summary>
    public DatasetLocation LocateLocal(string name) =>
        TryLocateLocal(name) ?? throw NotFound(Candidates(name), downloadNote: "not tried (local search only)");

    /// <summary>The first local folder holding all four files, else (when allowed) a fresh download into the data folder.</summary>
    public async Task<DatasetLocation> LocateAsync(string name, CancellationToken cancellationToken = default)
    {
        var candidates = Candidates(name);
        var found = candidates.FirstOrDefault(candidate => MissingFiles(candidate).Count == 0);
        if (found is not null)
        {
            return found;
        }

        var info = candidates[0].Info;
        if (!options.AllowDownload)
        {
            throw NotFound(candidates, downloadNote: "not allowed (set Data:AllowDownload to true on a machine with internet)");
        }

        var target = DataFolderFor(info);
        try
        {
            await (downloader ?? DatasetDownloader.CreateDefault()).DownloadAsync(info, target, cancellationToken);
        }
        catch (DatasetException e)
        {
            throw NotFound(candidates, downloadNote: $"failed: {e.Message}");
        }

        return new DatasetLocation(info, target, DatasetSource.Downloaded);
    }

    private static List<string> MissingFiles(DatasetLocation candidate) =>
        [.. candidate.Info.Files.All.Select(file => file.FileName).Where(file => !File.Exists(Path.Combine(candidate.Folder, file)))];

    private DatasetException NotFound(IReadOnlyList<DatasetLocation> candidates, string downloadNote)
    {
        var info = candidates[0].Info;
        var message = new StringBuilder();
        message.Append($"The {info.DisplayName} dataset was not found. A folder counts only if it holds all four files ")
            .Append(string.Join(", ", info.Files.All.Select(file => file.FileName)))
            .Append(". Searched, in order:");

        var step = 1;
        void Line(string text) => message.Append(Environment.NewLine).Append($"  {step++}. {text}");

        Line(string.IsNullOrWhiteSpace(options.DatasetsFolder)
            ? "configured datasets folder (Data:DatasetsFolder): not set"
            : $"configured datasets folder (Data:DatasetsFolder): {Describe(candidates.First(c => c.Source == DatasetSource.ConfiguredFolder))}");
        var fromEnvironment = candidates.FirstOrDefault(c => c.Source == DatasetSource.EnvironmentVariable);
        Line(fromEnvironment is null
            ? $"environment variable {DataOptions.EnvironmentVariable}: not set"
            : $"environment variable {DataOptions.EnvironmentVariable}: {Describe(fromEnvironment)}");
        Line($"data folder: {Describe(candidates.First(c => c.Source == DatasetSource.DataFolder))}");
        Line($"download from {string.Join(", ", info.MirrorBaseUrls)}: {downloadNote}");
        return new DatasetException(message.ToString());
    }

    private static string Describe(DatasetLocation candidate)
    {
        if (!Directory.Exists(candidate.Folder))
        {
            return $"{candidate.Folder} does not exist";
        }

        var missing = MissingFiles(candidate);
        return $"{candidate.Folder} lacks {string.Join(", ", missing)}";
    }
}
