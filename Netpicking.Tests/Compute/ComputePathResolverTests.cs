using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Netpicking.Core.Compute;
using Netpicking.Core.Configuration;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Compute;

/// <summary>The decision from what the self-check processes report (a fake launcher stands in for them) and the settings.</summary>
public sealed class ComputePathResolverTests
{
    private static readonly LayerCheck Clean = new(2376, 0, 0, 2e-6, "conv2d 1x28x28>15 k1x1 p0", 9);
    private static readonly LayerCheck Broken = new(2376, 1510, 424, 1.4, "conv3d 35x13x4x4>10 k13x4x4 p0", 9);

    [Fact]
    public async Task OneDnnIsUsedOnlyWhereEveryLayerWasCorrect()
    {
        using var folder = new TempFolder();
        var failing = await Resolve(folder, new FakeLauncher(oneDnn: Broken));
        using var other = new TempFolder();
        var passing = await Resolve(other, new FakeLauncher(oneDnn: Clean));

        Assert.False(failing.Path.OneDnn);
        Assert.Contains("failed the self-check on this CPU (1,510 of 2,376 layers wrong, 424 of them with NaN)", failing.Path.Explanation);
        Assert.True(passing.Path.OneDnn);
        Assert.Contains("self-check passed 2,376 layers", passing.Path.Explanation);
    }

    [Theory]
    [InlineData(84.5, true, true)]
    [InlineData(31.0, true, false)]
    [InlineData(84.5, false, false)]
    public async Task MklsIntelPathIsUsedOnlyWhereItIsCorrectAndFaster(double intelGflops, bool intelCorrect, bool expected)
    {
        if (!TorchRuntime.MklIntelShimAvailable)
        {
            Assert.Skip("The MKL switch was not built here (no C compiler).");
        }

        using var folder = new TempFolder();
        var decision = await Resolve(folder, new FakeLauncher(oneDnn: Broken, defaultGflops: 30, intelGflops: intelGflops, intelKernels: intelCorrect ? Clean : Broken));

        Assert.Equal(expected, decision.Path.MklIntel);
        Assert.Contains(expected ? "MKL's Intel code path, 2.8× its default one's speed" : "MKL's default code path, because", decision.Path.Explanation);
    }

    [Fact]
    public async Task TheCheckRunsOncePerMachineAndIsRemembered()
    {
        using var folder = new TempFolder();
        var launcher = new FakeLauncher(oneDnn: Broken);
        var first = await Resolve(folder, launcher);
        var runs = launcher.Runs;
        var second = await Resolve(folder, launcher);

        Assert.True(runs is 1 or 2, $"{runs} processes");
        Assert.Equal(runs, launcher.Runs);
        Assert.Equal("self-check", first.Source);
        Assert.Equal("cached self-check", second.Source);
        Assert.Equal(first.Path, second.Path);
        Assert.True(File.Exists(Path.Combine(folder.Path, "compute", $"{MachineIdentity.Current.Key}.json")));
    }

    [Fact]
    public async Task SettingsForceEitherWayWithoutAnyCheck()
    {
        using var folder = new TempFolder();
        var launcher = new FakeLauncher(oneDnn: Clean);

        var off = await Resolve(folder, launcher, ComputeSwitch.Off, ComputeSwitch.Off);
        var on = await Resolve(folder, launcher, ComputeSwitch.On, ComputeSwitch.Off);

        Assert.Equal(0, launcher.Runs);
        Assert.False(off.Path.OneDnn);
        Assert.True(on.Path.OneDnn);
        Assert.Contains("forced off by settings", off.Path.Explanation);
        Assert.Contains("forced on by settings", on.Path.Explanation);
    }

    [Fact]
    public async Task ACrashedCheckKeepsTheSafePathAndSaysWhy()
    {
        using var folder = new TempFolder();
        var decision = await Resolve(folder, new FakeLauncher(oneDnn: Clean, crash: "the process exited with code 139 (signal 11)"));

        Assert.False(decision.Path.OneDnn);
        Assert.False(decision.Path.MklIntel);
        Assert.Contains("did not finish (the process exited with code 139 (signal 11))", decision.Path.Explanation);
    }

    private static Task<ComputeDecision> Resolve(
        TempFolder folder, FakeLauncher launcher, ComputeSwitch oneDnn = ComputeSwitch.Auto, ComputeSwitch mkl = ComputeSwitch.Auto) =>
        new ComputePathResolver(
                Options.Create(new NetpickingOptions { DataFolder = folder.Path, OneDnn = oneDnn, MklIntel = mkl }),
                launcher,
                NullLogger<ComputePathResolver>.Instance)
            .ResolveAsync(checkAgain: false, CancellationToken.None);

    private sealed class FakeLauncher(
        LayerCheck oneDnn, double defaultGflops = 30, double intelGflops = 84.5, LayerCheck? intelKernels = null, string? crash = null) : IComputeProbeLauncher
    {
        private int runs;

        public int Runs => runs;

        public Task<ProbeReport> RunAsync(bool mklIntel, bool checkOneDnn, bool checkKernels, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref runs);
            if (crash is not null)
            {
                throw new ComputeProbeException(crash);
            }

            return Task.FromResult(new ProbeReport(
                mklIntel, "test CPU", "libtorch 2.10.0", "3.7.1",
                checkOneDnn ? oneDnn : null,
                checkKernels ? intelKernels ?? Clean : null,
                mklIntel ? intelGflops : defaultGflops,
                1));
        }
    }
}
