using System.Runtime.CompilerServices;
using Netpicking.Core.Training;

namespace Netpicking.Tests;

internal static class TestHostSetup
{
    [ModuleInitializer]
    internal static void Initialise() => TorchRuntime.EnsureReady();
}
