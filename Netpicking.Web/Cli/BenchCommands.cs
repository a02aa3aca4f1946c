using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Netpicking.Core.Benchmarks;
using Netpicking.Core.Compute;
using Netpicking.Core.Data;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Web.Analyses;
using TorchSharp;

namespace Netpicking.Web.Cli;

/// <summary>
/// <c>bench train</c>: training throughput of three reference networks; <c>bench analyze</c>: loading and analysis times on a
/// full-scale synthetic population (bench/README.md).
/// </summary>
public static class BenchCommands
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Build()
    {
        var bench = new Command("bench", "Measure how fast networks train and populations are analysed here.");
        bench.Subcommands.Add(Train());
        bench.Subcommands.Add(Analyze());
        return bench;
    }

    private static Command Analyze()
    {
        var defaults = new AnalysisBenchmarkOptions();
        var networks = new Option<int>("--networks") { Description = "The first N networks of mnistk-1001.", DefaultValueFactory = _ => defaults.Networks };
        var snapshots = new Option<int>("--snapshots") { Description = "Tested epochs per network.", DefaultValueFactory = _ => defaults.Snapshots };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic population.", DefaultValueFactory = _ => defaults.Seed };
        var keep = new Option<DirectoryInfo?>("--keep")
        {
            Description = "Write the store into this folder and keep it; a later run with the same options reuses it instead of writing it again.",
        };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON." };
        var command = CommandLineHost.WithServiceOptions(new Command(
            "analyze",
            $"Write a SYNTHETIC population ({defaults.Networks} networks of {ZooCatalog.Mnistk1001} × {defaults.Snapshots} tested epochs × the " +
            "10,000 MNIST test images) into a temporary results store, then time loading one snapshot scope and every analysis, " +
            "and print the peak memory.")
        {
            networks, snapshots, seed, keep, json,
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new AnalysisBenchmarkOptions(result.GetValue(networks), result.GetValue(snapshots), result.GetValue(seed));
            if (options.Problems(ZooCatalog.Default.Get(ZooCatalog.Mnistk1001).Networks.Length) is { Count: > 0 } problems)
            {
                throw new CommandLineException(string.Join(" ", problems));
            }

            var asJson = result.GetValue(json);
            var output = result.InvocationConfiguration.Output;
            // Progress goes to stderr under --json so stdout stays one JSON document.
            var log = asJson ? result.InvocationConfiguration.Error : output;

            byte[] labels;
            string labelNote;
            bool realLabels;
            using (var host = CommandLineHost.Build(result))
            {
                var location = host.Services.GetRequiredService<DatasetLocator>().TryLocateLocal(DatasetRegistry.DefaultName);
                if (location is not null)
                {
                    var file = Path.Combine(location.Folder, location.Info.Files.TestLabels.FileName);
                    labels = IdxReader.ReadLabels(file, $"{location.Info.DisplayName} test labels", location.Info.TestCount);
                    labelNote = $"real {location.Info.DisplayName} test labels from {file}";
                    realLabels = true;
                }
                else
                {
                    labels = Core.Benchmarks.Synthetic.SyntheticPopulationModel.SeededLabels(DatasetRegistry.Mnist.TestCount, options.Seed);
                    labelNote = $"SEEDED labels (no {DatasetRegistry.Mnist.DisplayName} found; pass --datasets or set NETPICKING_DATASETS for the real ones)";
                    realLabels = false;
                }
            }

            var keepFolder = result.GetValue(keep);
            var folder = keepFolder?.FullName ?? Path.Combine(Path.GetTempPath(), $"netpicking-bench-analyze-{Guid.NewGuid():N}");
            Directory.CreateDirectory(folder);
            log.WriteLine($"SYNTHETIC population: {options.Networks} networks of {ZooCatalog.Mnistk1001} × {options.Snapshots} tested epochs × " +
                          $"{labels.Length:N0} images, drawn from a seeded model of realistic accuracies (seed {options.Seed}); not trained networks.");
            log.WriteLine($"Labels: {labelNote}.");
            log.WriteLine($"Store: {Path.Combine(folder, AnalysisBenchmark.DatabaseFileName)}{(keepFolder is null ? " (temporary)" : " (kept)")}");

            AnalysisBenchmarkResult measured;
            try
            {
                measured = await new AnalysisBenchmark(options, AnalysisRegistry.Definitions).RunAsync(folder, labels, realLabels, new WriterProgress(log), cancellationToken);
            }
            finally
            {
                if (keepFolder is null)
                {
                    AnalysisBenchmark.DeleteFolder(folder);
                }
            }

            if (asJson)
            {
                output.WriteLine(JsonSerializer.Serialize(new { measured, LabelNote = labelNote }, JsonOptions));
                return;
            }

            Print(output, measured);
        });
        return command;
    }

    private static void Print(TextWriter output, AnalysisBenchmarkResult measured)
    {
        var store = measured.Store;
        output.WriteLine(store.Reused
            ? $"Reused the kept store: {store.Trainings} trainings under run settings {store.RunSettingsName} ({store.FileBytes / 1e6:F0} MB)."
            : string.Create(CultureInfo.InvariantCulture,
                $"Wrote {store.EpochsWritten:N0} tested epochs of {store.Trainings} trainings in {store.Seconds:F0} s ({store.FileBytes / 1e6:F0} MB on disk)."));
        output.WriteLine($"Scope: {AnalysisBenchmark.DatasetKey}, {store.RunSettingsName}, epoch {measured.Epoch}, accuracy; " +
                         $"{measured.NetworksLoaded} networks × {measured.Images:N0} images. GC: {(measured.ServerGc ? "server" : "workstation")}.");
        output.WriteLine();
        output.WriteLine($"{"step",-34} {"ms",8} {"again ms",9} {"cpu ms",8} {"target",9}");
        foreach (var timing in measured.Loading.Concat(measured.Analyses))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{timing.Name,-34} {timing.Milliseconds,8:F0} {timing.RepeatMilliseconds,9:F0} {timing.CpuMilliseconds,8:F0} " +
                $"{"< " + (timing.TargetMilliseconds / 1000).ToString(CultureInfo.InvariantCulture) + " s",9}{(timing.MetTarget ? "" : "  MISSED")}"));
        }

        output.WriteLine();
        string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:N0} MB");
        var target = Mb(measured.MemoryTargetBytes);
        output.WriteLine(measured.PeakBytesAnalysing is { } analysing
            ? $"Peak memory while loading and analysing: {Mb(analysing)} (target < {target}){(analysing < measured.MemoryTargetBytes ? "" : "  MISSED")}"
            : "Peak memory while loading and analysing: not measured apart (the peak could not be reset).");
        output.WriteLine($"Peak memory while writing the store: {Mb(measured.PeakBytesBuilding)}; whole process: {Mb(measured.PeakBytesProcess)}" +
                         (measured.PeakBytesAnalysing is null && measured.PeakBytesProcess >= measured.MemoryTargetBytes ? "  MISSED" : ""));
        output.WriteLine("The timed step is the first run (\"ms\"); \"again\" is a second run in the same process. All numbers are for a SYNTHETIC population.");
        output.WriteLine(measured.MetTargets ? "Every target met." : "Some targets MISSED.");
    }

    private static Command Train()
    {
        var defaults = new TrainingBenchmarkOptions();
        var steps = new Option<int>("--steps") { Description = "Timed optimiser steps per repetition.", DefaultValueFactory = _ => defaults.Steps };
        var threads = new Option<int>("--threads") { Description = "torch.set_num_threads (one per training job is fastest).", DefaultValueFactory = _ => defaults.Threads };
        var batch = new Option<int>("--batch") { Description = "Images per optimiser step.", DefaultValueFactory = _ => defaults.BatchSize };
        var warmup = new Option<int>("--warmup") { Description = "Untimed steps before the first repetition.", DefaultValueFactory = _ => defaults.Warmup };
        var repetitions = new Option<int>("--repetitions") { Description = "Timed repetitions; the median is reported.", DefaultValueFactory = _ => defaults.Repetitions };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON (what bench/compare-pytorch.sh reads)." };
        var command = CommandLineHost.WithServiceOptions(new Command(
            "train",
            $"Train Basic, the median-size Conv2d network and {TrainingBenchmark.ResNetName} of {ZooCatalog.Mnistk1001} on real MNIST " +
            "as the trainer does (batch 25, Adam with AMSGrad, lr 0.002, NLL) and print samples/s and µs per optimiser step.")
        {
            steps, threads, batch, warmup, repetitions, json,
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = defaults with
            {
                Steps = result.GetValue(steps),
                Threads = result.GetValue(threads),
                BatchSize = result.GetValue(batch),
                Warmup = result.GetValue(warmup),
                Repetitions = result.GetValue(repetitions),
            };
            if (options.Problems() is { Count: > 0 } problems)
            {
                throw new CommandLineException(string.Join(" ", problems));
            }

            var asJson = result.GetValue(json);
            var output = result.InvocationConfiguration.Output;
            var networks = TrainingBenchmark.StandardNetworks(ZooCatalog.Default.Get(ZooCatalog.Mnistk1001));

            using var host = CommandLineHost.Build(result);

            // The app's own defaults: this machine's compute path and its measured convolution methods.
            var compute = host.Services.GetRequiredService<ComputeSetup>();
            var decision = await compute.EnsureAsync(cancellationToken);
            var convolutions = await compute.ConvolutionsAsync(cancellationToken);
            (asJson ? result.InvocationConfiguration.Error : output).WriteLine(decision.Path.Explanation);
            var loaded = await host.Services.GetRequiredService<DatasetLoader>().LoadAsync(DatasetRegistry.DefaultName, cancellationToken);
            using var data = TrainingData.Create(loaded);
            var benchmark = new TrainingBenchmark(options, convolutions);
            var oneDnn = TorchRuntime.OneDnnEnabled ? "on" : "off";

            if (!asJson)
            {
                output.WriteLine($"TorchSharp training benchmark: {loaded.Info.Name}, batch {options.BatchSize}, {options.Threads} thread(s), " +
                                 $"{options.Warmup} warm-up + {options.Repetitions} × {options.Steps} timed steps (median), oneDNN {oneDnn}");
                output.WriteLine($"Median-size Conv2d network: {networks[1].Name} (id {networks[1].Id})");
                output.WriteLine($"{"network",-22} {"params",10} {"samples/s",11} {"µs/step",10}  loss first → last");
            }

            var results = new List<TrainingBenchmarkResult>();
            foreach (var network in networks)
            {
                var measured = benchmark.Measure(network, data, cancellationToken);
                results.Add(measured);
                if (!asJson)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{measured.NetworkName,-22} {measured.Parameters,10:N0} {measured.SamplesPerSecond,11:F0} {measured.MicrosecondsPerStep,10:F0}  {measured.FirstLoss:F3} → {measured.LastLoss:F3}"));
                }
            }

            if (asJson)
            {
                var report = new
                {
                    Framework = "TorchSharp",
                    Version = typeof(torch).Assembly.GetName().Version?.ToString(3),
                    Dataset = loaded.Info.Name,
                    Input = "real",
                    OneDnn = TorchRuntime.OneDnnEnabled,
                    MklIntel = TorchRuntime.Current.MklIntel,
                    ComputePath = decision.Path.Explanation,
                    options.Threads,
                    Batch = options.BatchSize,
                    options.Steps,
                    options.Warmup,
                    options.Repetitions,
                    Results = results.Select(r => new
                    {
                        Id = r.NetworkId,
                        Name = r.NetworkName,
                        r.Group,
                        r.Parameters,
                        r.SamplesPerSecond,
                        r.MicrosecondsPerStep,
                        r.RepetitionMicroseconds,
                        r.FirstLoss,
                        r.LastLoss,
                    }),
                };
                output.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
            }
        });
        return command;
    }
}
