using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Netpicking.Core.Data;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using TorchSharp;

namespace Netpicking.Web.Cli;

/// <summary><c>bench train</c>: training throughput of three reference networks (bench/README.md).</summary>
public static class BenchCommands
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Build()
    {
        var bench = new Command("bench", "Measure how fast networks train here.");
        bench.Subcommands.Add(Train());
        return bench;
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
            var loaded = await host.Services.GetRequiredService<DatasetLoader>().LoadAsync(DatasetRegistry.DefaultName, cancellationToken);
            using var data = TrainingData.Create(loaded);
            var benchmark = new TrainingBenchmark(options);
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
