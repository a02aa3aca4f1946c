using System.CommandLine;
using System.Text.Json;
using Netpicking.Core.Compute;

namespace Netpicking.Web.Cli;

/// <summary>
/// <c>compute check</c>: run this machine's self-check again and show the compute path it chooses;
/// <c>compute probe</c>: one self-check process (started by the app itself, docs/decisions/0013).
/// </summary>
public static class ComputeCommands
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static Command Build()
    {
        var compute = new Command("compute", "Which kernels this machine computes with, and why.");
        compute.Subcommands.Add(Check());
        compute.Subcommands.Add(Probe());
        return compute;
    }

    private static Command Check()
    {
        var json = new Option<bool>("--json") { Description = "Print the decision and both reports as JSON." };
        var command = CommandLineHost.WithServiceOptions(new Command(
            "check", "Check oneDNN's and MKL's code paths against float64 on every convolution of the zoo (two child processes), and remember the result.")
        {
            json,
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CommandLineHost.Build(result);
            var resolver = host.Services.GetRequiredService<ComputePathResolver>();
            var decision = await resolver.ResolveAsync(checkAgain: true, cancellationToken);
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(decision, JsonOptions));
                return 0;
            }

            await output.WriteLineAsync($"CPU: {decision.Reports.Cpu}");
            await output.WriteLineAsync(decision.Path.Explanation);
            foreach (var report in new[] { decision.Reports.DefaultMkl, decision.Reports.IntelMkl }.OfType<ProbeReport>())
            {
                await output.WriteLineAsync($"  MKL {(report.MklIntel ? "Intel" : "default")} code path: GEMM {report.GemmGflops:F1} GFLOP/s (one thread, geometric mean), {report.Seconds:F1} s");
                foreach (var (name, check) in new[] { ("oneDNN", report.OneDnn), ("our kernels", report.Kernels) })
                {
                    if (check is not null)
                    {
                        await output.WriteLineAsync(
                            $"    {name}: {check.Layers:N0} layers, {check.Wrong:N0} wrong, {check.NotFinite:N0} not finite, worst relative error {check.WorstError:g2} ({check.WorstLayer}), {check.Seconds:F1} s");
                    }
                }
            }

            await output.WriteLineAsync($"Remembered in {resolver.CacheFile}.");
            return 0;
        });
        return command;
    }

    private static Command Probe()
    {
        var mkl = new Option<string>("--mkl") { Description = "default or intel.", DefaultValueFactory = _ => "default" };
        var oneDnn = new Option<bool>("--onednn") { Description = "Check oneDNN's convolutions." };
        var kernels = new Option<bool>("--kernels") { Description = "Check Netpicking's convolution methods with oneDNN off." };
        var limit = new Option<int?>("--limit") { Description = "Check only the first N distinct layers (for tests)." };
        var command = new Command("probe", "One self-check process: prints its report as JSON. The app starts it; see 'compute check'.")
        {
            mkl, oneDnn, kernels, limit,
        };
        command.Hidden = true;
        command.SetAction(async (result, cancellationToken) =>
        {
            var intel = result.GetValue(mkl) switch
            {
                "intel" => true,
                "default" => false,
                var other => throw new CommandLineException($"--mkl takes default or intel, not '{other}'."),
            };
            var report = await Task.Run(
                () => ComputeProbe.Run(intel, result.GetValue(oneDnn), result.GetValue(kernels), ComputeProbe.ZooShapes(result.GetValue(limit))),
                cancellationToken);
            await result.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(report));
            return 0;
        });
        return command;
    }
}
