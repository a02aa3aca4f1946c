using System.Runtime.CompilerServices;
using Netpicking.Core.Compute;

namespace Netpicking.Tests;

internal static class TestHostSetup
{
    [ModuleInitializer]
    internal static void Initialise()
    {
        // Tests do not run the machine's self-check (ComputeSelfCheckTests does, on purpose): they use the path that is
        // correct on every CPU measured — oneDNN off — with MKL's Intel code path, which the float64 tests guard.
        // The apps they host (and the executables they start) read the same settings from the environment.
        var oneDnn = Environment.GetEnvironmentVariable("Netpicking__OneDnn") ?? "Off";
        var mkl = Environment.GetEnvironmentVariable("Netpicking__MklIntel") ?? "On";
        Environment.SetEnvironmentVariable("Netpicking__OneDnn", oneDnn);
        Environment.SetEnvironmentVariable("Netpicking__MklIntel", mkl);
        TorchRuntime.Use(new ComputePath(
            OneDnn: oneDnn.Equals("On", StringComparison.OrdinalIgnoreCase),
            MklIntel: mkl.Equals("On", StringComparison.OrdinalIgnoreCase),
            "tests"));
        TorchRuntime.EnsureReady();

        // The apps under test run in this process beside CPU-bound tests that hold pool threads for seconds; with the
        // default minimum (one per core) their requests and circuits wait for the pool to grow, a thread at a time.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io);
    }
}
