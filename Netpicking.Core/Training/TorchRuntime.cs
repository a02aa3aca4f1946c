using System.Runtime.InteropServices;
using TorchSharp;

namespace Netpicking.Core.Training;

/// <summary>
/// Prepares the process for TorchSharp. Call <see cref="Initialise"/> first thing in every entry point
/// (web app, command line, test host), before any TorchSharp type is touched.
/// </summary>
public static class TorchRuntime
{
    private const string ShimFileName = "libnetpicking_glibcxx_shim.so";
    private const int RtldNow = 0x2;
    private const int RtldGlobal = 0x100;
    private static readonly Lock Gate = new();
    private static bool initialised;
    private static bool libTorchReady;

    /// <summary>Whether libtorch's oneDNN kernels are in use (after <see cref="EnsureReady"/>); benchmarks report it.</summary>
    public static bool OneDnnEnabled { get; private set; } = true;

    /// <summary>
    /// Loads the GLIBCXX shim where the build produced one (docs/decisions/0001): it must be global
    /// before libLibTorchSharp.so is loaded, so that its weakened version requirement resolves.
    /// </summary>
    public static void Initialise()
    {
        lock (Gate)
        {
            if (initialised)
            {
                return;
            }

            initialised = true;
            if (!OperatingSystem.IsLinux())
            {
                return;
            }

            var shim = Path.Combine(AppContext.BaseDirectory, ShimFileName);
            if (File.Exists(shim) && dlopen(shim, RtldNow | RtldGlobal) == IntPtr.Zero)
            {
                throw new InvalidOperationException(
                    $"Could not load {shim}: {Marshal.PtrToStringAnsi(dlerror())}. Rebuild the project (dotnet build).");
            }
        }
    }

    /// <summary>CUDA when the runtime package and a GPU are present, else CPU.</summary>
    public static torch.Device PickDevice()
    {
        EnsureReady();
        return torch.cuda.is_available() ? torch.CUDA : torch.CPU;
    }

    [DllImport("libc", EntryPoint = "dlopen")]
    private static extern IntPtr dlopen(string fileName, int flags);

    /// <summary>
    /// Loads libtorch and applies the process-wide settings every training and evaluation relies on;
    /// idempotent. oneDNN is switched off: its convolutions return NaN for finite inputs on this
    /// project's CPUs (docs/decisions/0005). <c>NETPICKING_ONEDNN=1</c> keeps it on.
    /// </summary>
    public static void EnsureReady()
    {
        Initialise();
        lock (Gate)
        {
            if (libTorchReady)
            {
                return;
            }

            using (torch.ones(1))
            {
                // The first tensor loads libtorch, so its global context exists from here on.
            }

            // The C++ entry points are looked up by their Itanium-ABI names, which exist on Linux builds.
            if (OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable("NETPICKING_ONEDNN") != "1")
            {
                setUserEnabledMkldnn(globalContext(), false);
                OneDnnEnabled = false;

                // Without oneDNN, ATen tries NNPACK first, which this CPU lacks: it would print a warning per call.
                setUserEnabledNNPACK(globalContext(), false);
            }

            libTorchReady = true;
        }
    }

    [DllImport("libtorch_cpu", EntryPoint = "_ZN2at13globalContextEv")]
    private static extern IntPtr globalContext();

    [DllImport("libtorch_cpu", EntryPoint = "_ZN2at7Context20setUserEnabledNNPACKEb")]
    private static extern void setUserEnabledNNPACK(IntPtr context, [MarshalAs(UnmanagedType.U1)] bool enabled);

    [DllImport("libtorch_cpu", EntryPoint = "_ZN2at7Context20setUserEnabledMkldnnEb")]
    private static extern void setUserEnabledMkldnn(IntPtr context, [MarshalAs(UnmanagedType.U1)] bool enabled);

    [DllImport("libc", EntryPoint = "dlerror")]
    private static extern IntPtr dlerror();
}
