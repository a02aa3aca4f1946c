using Netpicking.Core.Compute;
using Netpicking.Core.Data;

namespace Netpicking.Core.Configuration;

/// <summary>The <c>Netpicking</c> configuration section (README: Configuration).</summary>
public sealed class NetpickingOptions
{
    public const string Section = "Netpicking";

    /// <summary>Where the results database, job store and downloaded datasets live. Relative to the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>A folder holding <c>&lt;dataset&gt;/</c> subfolders with the four IDX files; overrides NETPICKING_DATASETS.</summary>
    public string? DatasetsFolder { get; set; }

    /// <summary>Results database file; default <c>&lt;DataFolder&gt;/netpicking.db</c>.</summary>
    public string? ResultsDatabase { get; set; }

    /// <summary>Hangfire job database file; default <c>&lt;DataFolder&gt;/jobs.db</c>.</summary>
    public string? JobsDatabase { get; set; }

    /// <summary>sqlite (default: files in the data folder) or postgres (<see cref="ConnectionString"/>, shared by several machines).</summary>
    public StoreKind Store { get; set; } = StoreKind.Sqlite;

    /// <summary>
    /// The PostgreSQL database holding results and jobs when <see cref="Store"/> is postgres
    /// (e.g. <c>Host=db;Database=netpicking;Username=np;Password=…</c>); the jobs live in its <c>hangfire</c> schema.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How this process names itself in the trainings it runs and on the Training page; default host:pid.</summary>
    public string? WorkerName { get; set; }

    /// <summary>Download missing datasets from the standard mirrors (needs internet).</summary>
    public bool AllowDownload { get; set; } = true;

    /// <summary>Training jobs run at once in this process; default one per core. 0 = this process trains nothing.</summary>
    public int? TrainingWorkers { get; set; }

    /// <summary>Torch threads per training job.</summary>
    public int TorchThreads { get; set; } = 1;

    /// <summary>
    /// oneDNN's convolutions: auto (the machine's self-check decides), on or off. NETPICKING_ONEDNN=1 or 0 forces it
    /// too when this is auto. docs/decisions/0013-compute-path-per-machine.md.
    /// </summary>
    public ComputeSwitch OneDnn { get; set; } = ComputeSwitch.Auto;

    /// <summary>MKL's Intel code path on non-Intel CPUs: auto (the self-check decides), on or off.</summary>
    public ComputeSwitch MklIntel { get; set; } = ComputeSwitch.Auto;

    /// <summary><see cref="OneDnn"/>, or NETPICKING_ONEDNN (1 on, 0 off) when it is auto.</summary>
    public ComputeSwitch EffectiveOneDnn => OneDnn != ComputeSwitch.Auto
        ? OneDnn
        : Environment.GetEnvironmentVariable("NETPICKING_ONEDNN") switch
        {
            "1" => ComputeSwitch.On,
            "0" => ComputeSwitch.Off,
            _ => ComputeSwitch.Auto,
        };

    /// <summary>
    /// Networks one training job trains in lockstep (docs/decisions/0014): null chooses by device, one at a time on a
    /// CPU (measured no faster together) and <see cref="GpuLockstepNetworks"/> on a GPU.
    /// </summary>
    public int? LockstepNetworks { get; set; }

    public const int GpuLockstepNetworks = 8;

    public int EffectiveLockstepNetworks(bool onGpu) => Math.Max(1, LockstepNetworks ?? (onGpu ? GpuLockstepNetworks : 1));

    /// <summary>Seconds before a job fetched by a worker that vanished is given to another; longer than the longest job.</summary>
    public int JobInvisibilitySeconds { get; set; } = 6 * 3600;

    /// <summary>Seconds between polls of the job queue.</summary>
    public double QueuePollSeconds { get; set; } = 1;

    /// <summary>
    /// Keep the final weights of every trained network under <see cref="WeightsFolder"/> (one file each, about 4 bytes a
    /// parameter) so the pages can explain its answers; false writes none.
    /// </summary>
    public bool KeepWeights { get; set; } = true;

    /// <summary>Replacement mirror base URLs per dataset name (machines with internet only).</summary>
    public Dictionary<string, string[]>? Mirrors { get; set; }

    public DataOptions ToDataOptions() => new()
    {
        DatasetsFolder = DatasetsFolder,
        DataFolder = DataFolder,
        AllowDownload = AllowDownload,
        Mirrors = Mirrors,
    };

    public string FullDataFolder => Path.GetFullPath(DataFolder);

    public string ResultsDatabasePath => Path.GetFullPath(ResultsDatabase ?? Path.Combine(DataFolder, "netpicking.db"));

    public string JobsDatabasePath => Path.GetFullPath(JobsDatabase ?? Path.Combine(DataFolder, "jobs.db"));

    /// <summary>The machine's self-check and convolution timings: <c>&lt;DataFolder&gt;/compute</c>.</summary>
    public string ComputeFolder => Path.Combine(FullDataFolder, "compute");

    /// <summary>Where kept weights go: <c>&lt;DataFolder&gt;/weights</c>.</summary>
    public string WeightsFolder => Path.Combine(FullDataFolder, "weights");

    public int EffectiveTrainingWorkers => TrainingWorkers ?? Environment.ProcessorCount;

    /// <summary>The PostgreSQL connection string, or a message saying how to configure it.</summary>
    public string RequiredConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new Storage.ResultsDatabaseException(
                "Netpicking:Store is postgres but Netpicking:ConnectionString is empty; set it, e.g. " +
                "Netpicking__ConnectionString=\"Host=db;Database=netpicking;Username=np;Password=...\".")
            : ConnectionString;
}
