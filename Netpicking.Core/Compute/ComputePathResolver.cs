using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Netpicking.Core.Configuration;

namespace Netpicking.Core.Compute;

/// <summary>
/// Decides the machine's <see cref="ComputePath"/> from the settings (<c>Netpicking:OneDnn</c>, <c>Netpicking:MklIntel</c>:
/// auto, on or off; NETPICKING_ONEDNN=1/0 too) and, for what is left on auto, the self-check: two child processes
/// (MKL's default and Intel code paths, in parallel), run once per CPU and libtorch build and cached. oneDNN is used
/// only where every convolution checked was correct; MKL's Intel code path only where it was correct and GEMMs ran at
/// least <see cref="MklIntelGain"/> times faster. docs/decisions/0013-compute-path-per-machine.md.
/// </summary>
public sealed class ComputePathResolver(IOptions<NetpickingOptions> options, IComputeProbeLauncher launcher, ILogger<ComputePathResolver> logger)
{
    /// <summary>How much faster MKL's Intel code path must be to be worth an undocumented switch.</summary>
    public const double MklIntelGain = 1.1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string CacheFile => Path.Combine(options.Value.ComputeFolder, $"{MachineIdentity.Current.Key}.json");

    /// <param name="checkAgain">Ignore a cached self-check (the <c>compute check</c> command).</param>
    public async Task<ComputeDecision> ResolveAsync(bool checkAgain, CancellationToken cancellationToken)
    {
        var oneDnn = options.Value.EffectiveOneDnn;
        var mkl = TorchRuntime.MklIntelShimAvailable ? options.Value.MklIntel : ComputeSwitch.Off;
        var needDefault = oneDnn == ComputeSwitch.Auto || mkl == ComputeSwitch.Auto;
        var needIntel = mkl == ComputeSwitch.Auto;
        if (!needDefault)
        {
            return new ComputeDecision(Decide(oneDnn, mkl, SelfCheckReports.None), "settings", SelfCheckReports.None);
        }

        var cached = checkAgain ? null : ReadCache();
        var reports = cached ?? SelfCheckReports.None with { CheckedAt = DateTime.UtcNow };
        var missingDefault = reports.DefaultMkl is null || (oneDnn == ComputeSwitch.Auto && reports.DefaultMkl.OneDnn is null);
        var missingIntel = needIntel && reports.IntelMkl is null;
        if (missingDefault || missingIntel)
        {
            logger.LogInformation(
                "Checking which convolutions are correct and fastest on this CPU ({Cpu}): once per machine, remembered in {File}",
                MachineIdentity.Current, CacheFile);
            var defaultRun = missingDefault ? Probe(false, oneDnn == ComputeSwitch.Auto, cancellationToken) : Task.FromResult((reports.DefaultMkl, reports.DefaultProblem));
            var intelRun = missingIntel ? Probe(true, false, cancellationToken) : Task.FromResult((reports.IntelMkl, reports.IntelProblem));
            var (defaultReport, defaultProblem) = await defaultRun;
            var (intelReport, intelProblem) = await intelRun;
            reports = reports with
            {
                CheckedAt = DateTime.UtcNow, DefaultMkl = defaultReport, IntelMkl = intelReport, DefaultProblem = defaultProblem, IntelProblem = intelProblem,
            };
            WriteCache(reports);
            cached = null;
        }

        return new ComputeDecision(Decide(oneDnn, mkl, reports), cached is null ? "self-check" : "cached self-check", reports);
    }

    /// <summary>The path and its one-line explanation, from the settings and what the self-check reported.</summary>
    public static ComputePath Decide(ComputeSwitch oneDnn, ComputeSwitch mkl, SelfCheckReports reports)
    {
        var defaultReport = reports.DefaultMkl;
        var intelReport = reports.IntelMkl;
        var version = defaultReport?.OneDnnVersion ?? intelReport?.OneDnnVersion;
        var oneDnnName = version is null ? "oneDNN" : $"oneDNN {version}";
        var useOneDnn = oneDnn == ComputeSwitch.On || (oneDnn == ComputeSwitch.Auto && defaultReport?.OneDnn?.Passed == true);
        var convolutions = oneDnn switch
        {
            ComputeSwitch.On => $"{oneDnnName}, forced on by settings",
            ComputeSwitch.Off => "ATen's own kernels, oneDNN forced off by settings",
            _ when defaultReport?.OneDnn is { } check => useOneDnn
                ? $"{oneDnnName}, self-check passed {check.Layers:N0} layers in {check.Seconds:F0} s"
                : $"ATen's own kernels, because {oneDnnName} failed the self-check on this CPU ({check.Wrong:N0} of {check.Layers:N0} layers wrong" +
                  (check.NotFinite > 0 ? $", {check.NotFinite:N0} of them with NaN" : "") + ")",
            _ => $"ATen's own kernels, because the {oneDnnName} self-check did not finish ({reports.DefaultProblem ?? "no report"})",
        };

        var gain = intelReport is not null && defaultReport is not null ? intelReport.GemmGflops / defaultReport.GemmGflops : 0;
        var useMklIntel = mkl == ComputeSwitch.On || (mkl == ComputeSwitch.Auto && intelReport?.Kernels?.Passed == true && gain >= MklIntelGain);
        var gemm = mkl switch
        {
            ComputeSwitch.On => "MKL's Intel code path, forced on by settings",
            ComputeSwitch.Off => TorchRuntime.MklIntelShimAvailable
                ? "MKL's default code path, Intel path forced off by settings"
                : "MKL's default code path (the switch to its Intel one was not built: no C compiler)",
            _ when intelReport?.Kernels is { } check => useMklIntel
                ? $"MKL's Intel code path, {gain:F1}× its default one's speed, {check.Layers:N0} layers correct"
                : !check.Passed
                    ? $"MKL's default code path, because its Intel one computed {check.Wrong:N0} of {check.Layers:N0} layers wrong"
                    : $"MKL's default code path, because its Intel one is not faster here ({gain:F2}×)",
            _ => $"MKL's default code path, because the check of its Intel one did not finish ({reports.IntelProblem ?? "no report"})",
        };
        return new ComputePath(useOneDnn, useMklIntel, $"convolutions: {convolutions}; GEMM: {gemm}");
    }

    private async Task<(ProbeReport?, string?)> Probe(bool mklIntel, bool checkOneDnn, CancellationToken cancellationToken)
    {
        try
        {
            // Each process checks what only it can: oneDNN on MKL's default path, our kernels on the Intel one.
            return (await launcher.RunAsync(mklIntel, checkOneDnn, checkKernels: mklIntel, cancellationToken), null);
        }
        catch (ComputeProbeException ex)
        {
            logger.LogWarning("The self-check with MKL's {Path} code path failed: {Problem}", mklIntel ? "Intel" : "default", ex.Message);
            return (null, ex.Message);
        }
    }

    private SelfCheckReports? ReadCache()
    {
        try
        {
            var reports = File.Exists(CacheFile) ? JsonSerializer.Deserialize<SelfCheckReports>(File.ReadAllText(CacheFile)) : null;
            return reports?.MachineKey == MachineIdentity.Current.Key ? reports : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Ignoring the unreadable self-check in {File}: {Problem}", CacheFile, ex.Message);
            return null;
        }
    }

    private void WriteCache(SelfCheckReports reports)
    {
        try
        {
            Directory.CreateDirectory(options.Value.ComputeFolder);
            var temporary = $"{CacheFile}.{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(reports, Json));
            File.Move(temporary, CacheFile, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not remember the self-check in {File} ({Problem}); it runs again at the next start", CacheFile, ex.Message);
        }
    }
}
