using Netpicking.Core.Compute;
using Netpicking.Web.Hosting;

namespace Netpicking.Tests.Compute;

/// <summary>The self-check as the app runs it: a child process of the Netpicking executable, reporting JSON.</summary>
public sealed class ComputeProbeProcessTests
{
    [Fact]
    public async Task AChildProcessChecksOneDnnAndOurKernelsAgainstFloat64AndTimesGemm()
    {
        var launcher = new ProcessProbeLauncher { LayerLimit = 60 };

        var report = await launcher.RunAsync(mklIntel: false, checkOneDnn: true, checkKernels: true, TestContext.Current.CancellationToken);

        Assert.False(report.MklIntel);
        Assert.StartsWith("libtorch 2.", report.LibTorch);
        Assert.Matches(@"^\d+\.\d+", report.OneDnnVersion);
        Assert.Equal(60, report.OneDnn!.Layers);
        Assert.Equal(60, report.Kernels!.Layers);

        // Whatever oneDNN does on this CPU, our kernels with oneDNN off are correct everywhere.
        Assert.True(report.Kernels.Passed, $"{report.Kernels.Wrong} wrong, worst {report.Kernels.WorstError:g3} at {report.Kernels.WorstLayer}");
        Assert.True(report.Kernels.WorstError < ComputeProbe.Tolerance);
        Assert.True(report.GemmGflops > 0.1, $"{report.GemmGflops} GFLOP/s");
    }

    [Fact]
    public async Task TheMklSwitchLoadsInTheChildProcessThatAsksForIt()
    {
        if (!TorchRuntime.MklIntelShimAvailable)
        {
            Assert.Skip("The MKL switch was not built here (no C compiler).");
        }

        var report = await new ProcessProbeLauncher { LayerLimit = 20 }
            .RunAsync(mklIntel: true, checkOneDnn: false, checkKernels: true, TestContext.Current.CancellationToken);

        Assert.True(report.MklIntel);
        Assert.Null(report.OneDnn);
        Assert.True(report.Kernels!.Passed, $"{report.Kernels.Wrong} wrong, worst {report.Kernels.WorstError:g3} at {report.Kernels.WorstLayer}");
    }
}
