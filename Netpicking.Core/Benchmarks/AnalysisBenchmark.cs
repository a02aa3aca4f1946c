using System.Diagnostics;
using System.Runtime;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Netpicking.Core.Analysis;
using Netpicking.Core.Benchmarks.Synthetic;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Benchmarks;

/// <summary>
/// The analysis benchmark (<c>bench analyze</c>, bench/README.md): writes a full-scale SYNTHETIC population
/// (<see cref="SyntheticPopulationModel"/>) into a SQLite results store through the real <see cref="ResultsStore"/>,
/// then times <see cref="PopulationLoader"/> on one snapshot scope (argmax only, and with probabilities) and every
/// analysis on the loaded snapshot, and reports the process's peak memory. Unlike the rest of the analysis code this
/// uses the store: it measures the path from the database to the answer.
/// </summary>
public sealed class AnalysisBenchmark(AnalysisBenchmarkOptions options, IReadOnlyList<IAnalysisDefinition> analyses)
{
    public const string DatasetKey = "mnist";
    public const double AnalysisTargetMilliseconds = 1_000;
    public const double LoadTargetMilliseconds = 5_000;
    public const long MemoryTargetBytes = 2_000_000_000;
    public const string DatabaseFileName = "results.db";

    // A few dozen epochs in flight (≈ 210 kB each): enough to keep the writer busy while the next network is drawn.
    private const int EpochsInFlight = 48;

    // Epochs per transaction (≈ 10 MB): a commit per epoch, as a training job makes, spends most of a 12,000-epoch
    // import syncing the file (≈ 23 ms an epoch here, ≈ 5 min in all); whole networks per commit keep a kept store
    // resumable by network.
    private const int EpochsPerCommit = 48;

    public AnalysisBenchmarkOptions Options => options;

    /// <summary>
    /// Builds the store in <paramref name="folder"/> (reusing a population already complete there), loads the last
    /// tested epoch's scope and times everything. <paramref name="realLabels"/> says whether the labels are MNIST's test
    /// labels or seeded ones, for the report and the run settings' name (a store built on other labels is not reused).
    /// </summary>
    public async Task<AnalysisBenchmarkResult> RunAsync(
        string folder, byte[] labels, bool realLabels, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var factory = new SqliteResultsDbContextFactory(Path.Combine(folder, DatabaseFileName));
        var store = await BuildStoreAsync(factory, labels, realLabels, progress, cancellationToken);
        var peakBuilding = ProcessMemory.PeakBytes();

        // The population now lives in the file, not in this process: start the memory peak afresh for what a
        // dashboard would do with it.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var peakReset = ProcessMemory.TryResetPeak();

        var loader = new PopulationLoader(factory);
        var request = new PopulationRequest(DatasetKey, store.RunSettingsName, ZooName: store.ZooName);
        var withProbabilities = request with { Probabilities = ProbabilityLoading.Eager };
        progress?.Report("Loading the last snapshot's scope…");
        var (argmaxOnly, _) = await TimeLoadAsync("load scope, argmax only", () => loader.LoadAsync(request, labels, cancellationToken));
        var (eager, snapshot) = await TimeLoadAsync(
            "load scope, with probabilities", () => loader.LoadAsync(withProbabilities, labels, cancellationToken));

        progress?.Report($"Timing every analysis on {snapshot.NetworkCount} networks × {snapshot.ImageCount:N0} images…");
        var timings = TimeAnalyses(snapshot, analyses);
        GC.KeepAlive(snapshot);

        return new AnalysisBenchmarkResult(
            options, labels.Length, realLabels, store, snapshot.Scope.Epoch, snapshot.NetworkCount, [argmaxOnly, eager], timings,
            peakBuilding, peakReset ? ProcessMemory.PeakBytes() : null, ProcessMemory.PeakBytes(), GCSettings.IsServerGC);
    }

    /// <summary>
    /// Writes the population unless the store already holds it: the zoo's first networks, run settings tested at every
    /// epoch, one campaign, then every tested epoch through <see cref="EpochStore.SaveEpochsAsync"/> (the validation and
    /// entities of <see cref="EpochStore.SaveEpochAsync"/>, a few networks per transaction), drawn on another thread
    /// while the previous ones are written. Each network is marked done once its epochs are committed.
    /// </summary>
    public async Task<BenchmarkStore> BuildStoreAsync(
        SqliteResultsDbContextFactory factory, byte[] labels, bool realLabels, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var zoo = ZooCatalog.Default.Get(ZooCatalog.Mnistk1001);
        if (options.Problems(zoo.Networks.Length) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var watch = Stopwatch.StartNew();
        await new ResultsDatabase(factory).MigrateAsync(cancellationToken);
        var store = new ResultsStore(factory, TimeProvider.System);
        var specs = zoo.Networks.OrderBy(n => n.Id).Take(options.Networks).ToList();
        await store.Catalog.EnsureZooAsync(zoo.Name, ZooSource.Builtin, specs.Select(CampaignService.ToRow).ToList(), cancellationToken);

        // The name says what was generated, so a kept store is reused only for the same population.
        var settingsName = $"bench-{options.Networks}x{options.Snapshots}-s{options.Seed}-{(realLabels ? "mnist" : "seeded")}-labels";
        if (await store.Catalog.GetRunSettingsAsync(settingsName, cancellationToken) is null)
        {
            await store.Catalog.CreateRunSettingsAsync(new RunSettings(settingsName, options.Snapshots, 1, 0.002, Seed: options.Seed), cancellationToken);
        }

        var launch = await store.Campaigns.CreateCampaignAsync(
            new CampaignRequest(zoo.Name, settingsName, DatasetKey, specs.Select(s => s.Id).ToList(), "synthetic analysis benchmark"),
            cancellationToken);
        var trainings = await store.Campaigns.GetCampaignTrainingsAsync(launch.CampaignId, cancellationToken);
        var toWrite = trainings.Where(t => t.Status != TrainingStatus.Done).ToList();
        progress?.Report($"Store, zoo rows and campaign ready in {watch.Elapsed.TotalSeconds:F1} s.");
        var written = 0;
        if (toWrite.Count > 0)
        {
            progress?.Report($"Writing {toWrite.Count} networks × {options.Snapshots} tested epochs × {labels.Length:N0} images of SYNTHETIC predictions…");
            written = await WriteAsync(store, new SyntheticPopulationModel(labels, options.Seed), toWrite, progress, cancellationToken);
        }

        SqliteConnection.ClearAllPools();
        var bytes = new[] { "", "-wal" }.Select(suffix => new FileInfo(factory.DatabasePath + suffix)).Where(f => f.Exists).Sum(f => f.Length);
        return new BenchmarkStore(
            factory.DatabasePath, zoo.Name, settingsName, trainings.Count, written, toWrite.Count == 0, watch.Elapsed.TotalSeconds, bytes);
    }

    /// <summary>
    /// Times the benchmark steps of <paramref name="analyses"/> (each analysis's, with the inputs the pages start with) on
    /// <paramref name="snapshot"/>, twice (the first run pays for JIT). Probabilities are loaded first: that is the
    /// loader's cost, not the analyses'.
    /// </summary>
    public static IReadOnlyList<AnalysisTiming> TimeAnalyses(PopulationSnapshot snapshot, IEnumerable<IAnalysisDefinition> analyses)
    {
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            _ = snapshot.Probabilities(i);
        }

        var timings = new List<AnalysisTiming>();
        foreach (var step in analyses.SelectMany(a => a.BenchmarkSteps(snapshot)))
        {
            var (first, cpu) = Measure(step.Run);
            var (repeat, _) = Measure(step.Run);
            timings.Add(new AnalysisTiming(step.Name, first, repeat, cpu, AnalysisTargetMilliseconds));
        }

        return timings;
    }

    /// <summary>Deletes a benchmark folder made for one run, releasing pooled connections that keep the file open.</summary>
    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<int> WriteAsync(
        ResultsStore store, SyntheticPopulationModel model, IReadOnlyList<CampaignTrainingRow> trainings, IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var epochs = Enumerable.Range(1, options.Snapshots).ToArray();
        var channel = Channel.CreateBounded<(EpochRecord Record, bool Last)>(
            new BoundedChannelOptions(EpochsInFlight) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var training in trainings)
                    {
                        var drawn = model.Epochs(training.NetworkId, epochs);
                        for (var e = 0; e < drawn.Count; e++)
                        {
                            await channel.Writer.WriteAsync((ToRecord(model, training, drawn[e]), e == drawn.Count - 1), cancellationToken);
                        }
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            cancellationToken);

        var written = 0;
        var networks = 0;
        var watch = Stopwatch.StartNew();
        var batch = new List<EpochRecord>(EpochsPerCommit + options.Snapshots);
        var finished = new List<int>();
        await foreach (var (record, last) in channel.Reader.ReadAllAsync(cancellationToken))
        {
            batch.Add(record);
            if (!last)
            {
                continue;
            }

            finished.Add(record.TrainingId);
            if (batch.Count < EpochsPerCommit && networks + finished.Count < trainings.Count)
            {
                continue;
            }

            written += await store.Epochs.SaveEpochsAsync(batch, cancellationToken);
            foreach (var trainingId in finished)
            {
                await store.Trainings.MarkDoneAsync(trainingId, cancellationToken);
            }

            var before = networks;
            networks += finished.Count;
            batch.Clear();
            finished.Clear();
            if (networks / 100 > before / 100 || networks == trainings.Count)
            {
                progress?.Report($"  {networks} / {trainings.Count} networks written ({watch.Elapsed.TotalSeconds:F0} s)");
            }
        }

        await producer;
        return written;
    }

    private static EpochRecord ToRecord(SyntheticPopulationModel model, CampaignTrainingRow training, SyntheticEpoch epoch)
    {
        var logProbabilities = model.LogProbabilities(training.NetworkId, epoch.Epoch, epoch.Answers);
        var predictions = PredictionCodec.Encode(logProbabilities);
        if (!predictions.Argmax.AsSpan().SequenceEqual(epoch.Answers))
        {
            throw new InvalidOperationException($"The synthetic model's answers for {training.NetworkName} are not its own argmax.");
        }

        double loss = 0;
        for (var i = 0; i < model.ImageCount; i++)
        {
            loss -= logProbabilities[(i * PredictionCodec.ClassCount) + model.Labels[i]];
        }

        var test = new TestScores(
            loss / model.ImageCount, epoch.Accuracy, epoch.BalancedAccuracy, epoch.AucMean, epoch.ClassRecall, epoch.ClassAuc, epoch.ConfusionMatrix);
        return new EpochRecord(training.TrainingId, epoch.Epoch, loss / model.ImageCount, epoch.EpochSeconds, test, predictions);
    }

    /// <summary>Loads twice (the first load in a process also builds EF Core's model and compiles the queries); returns the second snapshot.</summary>
    private static async Task<(AnalysisTiming Timing, PopulationSnapshot Snapshot)> TimeLoadAsync(string name, Func<Task<PopulationSnapshot>> load)
    {
        var (first, cpu, _) = await MeasureAsync(load);
        var (repeat, _, snapshot) = await MeasureAsync(load);
        return (new AnalysisTiming(name, first, repeat, cpu, LoadTargetMilliseconds), snapshot);
    }

    private static async Task<(double Milliseconds, double CpuMilliseconds, PopulationSnapshot Snapshot)> MeasureAsync(
        Func<Task<PopulationSnapshot>> load)
    {
        // Any earlier snapshot is garbage by now; collect it so one load does not pay for another's memory.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var snapshot = await load();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (elapsed, (process.TotalProcessorTime - cpu).TotalMilliseconds, snapshot);
    }

    private static (double Milliseconds, double CpuMilliseconds) Measure(Action run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        run();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (elapsed, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
