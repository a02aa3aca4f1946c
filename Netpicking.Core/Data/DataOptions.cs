namespace Netpicking.Core.Data;

/// <summary>
/// Where datasets are looked for and whether they may be downloaded (bound from the "Data" configuration section).
/// </summary>
public sealed record DataOptions
{
    /// <summary>The environment variable consulted second: a folder holding one sub-folder per dataset.</summary>
    public const string EnvironmentVariable = "NETPICKING_DATASETS";

    /// <summary>A folder holding one sub-folder per dataset (<c>&lt;folder&gt;/mnist/…</c>); searched first.</summary>
    public string? DatasetsFolder { get; init; }

    /// <summary>The app's data folder; <c>&lt;DataFolder&gt;/&lt;dataset&gt;</c> is searched third and downloads go there.
    /// Relative paths are taken from the current directory.</summary>
    public string DataFolder { get; init; } = "data";

    /// <summary>Whether a dataset found nowhere may be downloaded from its mirrors (machines with internet only).</summary>
    public bool AllowDownload { get; init; }

    /// <summary>Replacement mirror base URLs per dataset name; datasets not listed keep their defaults.</summary>
    public Dictionary<string, string[]>? Mirrors { get; init; }
}
