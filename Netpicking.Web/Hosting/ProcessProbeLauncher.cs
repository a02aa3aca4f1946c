using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Netpicking.Core.Compute;

namespace Netpicking.Web.Hosting;

/// <summary>
/// Runs the self-check as <c>Netpicking.Web compute probe</c> in a child process of this executable (or, inside a test
/// host, of the Netpicking.Web.dll beside it), and reads its JSON report.
/// </summary>
public sealed class ProcessProbeLauncher : IComputeProbeLauncher
{
    /// <summary>Generous: the whole zoo takes about half a minute per process on a 2-core machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Check only the first N distinct layers of the zoo (tests); null checks them all.</summary>
    public int? LayerLimit { get; init; }

    public async Task<ProbeReport> RunAsync(bool mklIntel, bool checkOneDnn, bool checkKernels, CancellationToken cancellationToken)
    {
        var (file, prefix) = SelfCommand();
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in prefix.Concat(["compute", "probe", "--mkl", mklIntel ? "intel" : "default"]))
        {
            start.ArgumentList.Add(argument);
        }

        if (checkOneDnn)
        {
            start.ArgumentList.Add("--onednn");
        }

        if (checkKernels)
        {
            start.ArgumentList.Add("--kernels");
        }

        if (LayerLimit is { } limit)
        {
            start.ArgumentList.Add("--limit");
            start.ArgumentList.Add(limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var process = Process.Start(start) ?? throw new ComputeProbeException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new ComputeProbeException($"it ran longer than {Timeout.TotalMinutes:F0} minutes and was stopped");
        }

        var stdout = await output;
        var stderr = (await error).Trim();
        if (process.ExitCode != 0)
        {
            // A negative exit code or 128+n is a signal: the kernels under test crashed the process.
            var signal = process.ExitCode > 128 ? $" (signal {process.ExitCode - 128})" : "";
            var tail = stderr.Length > 300 ? "…" + stderr[^300..] : stderr;
            throw new ComputeProbeException($"the process exited with code {process.ExitCode}{signal}{(tail.Length > 0 ? ": " + tail : "")}");
        }

        try
        {
            return JsonSerializer.Deserialize<ProbeReport>(stdout) ?? throw new ComputeProbeException("it printed no report");
        }
        catch (JsonException ex)
        {
            throw new ComputeProbeException($"its report could not be read ({ex.Message})");
        }
    }

    /// <summary>How to start this executable again: the app host itself, or <c>dotnet Netpicking.Web.dll</c>.</summary>
    private static (string File, string[] Prefix) SelfCommand()
    {
        var self = typeof(ProcessProbeLauncher).Assembly;
        var processPath = Environment.ProcessPath ?? "dotnet";
        var isDotnetHost = Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        if (Assembly.GetEntryAssembly() == self && !isDotnetHost)
        {
            return (processPath, []);
        }

        return (isDotnetHost ? processPath : "dotnet", [self.Location]);
    }
}
