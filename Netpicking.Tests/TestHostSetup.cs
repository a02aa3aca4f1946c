using System.Runtime.CompilerServices;
using Netpicking.Core.Training;

namespace Netpicking.Tests;

internal static class TestHostSetup
{
    [ModuleInitializer]
    internal static void Initialise()
    {
        TorchRuntime.EnsureReady();

        // The apps under test run in this process beside CPU-bound tests that hold pool threads for seconds; with the
        // default minimum (one per core) their requests and circuits wait for the pool to grow, a thread at a time.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io);
    }
}
