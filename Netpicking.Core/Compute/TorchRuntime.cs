using System.Runtime.InteropServices;
using TorchSharp;

namespace Netpicking.Core.Compute;

/// <summary>
/// Prepares the process for TorchSharp. Call <see cref="Initialise"/> first thing in every entry point (web app,
/// command line, test host), then <see cref="Use"/> with the machine's <see cref="ComputePath"/> before anything loads
/// libtorch; <see cref="EnsureReady"/> loads it and applies the path.
/// </summary>
public static class TorchRuntime
{
    private const string GlibcxxShim = "libnetpicking_glibcxx_shim.so";
    private const string MklIntelShim = "libnetpicking_mkl_intel.so";
    private const int RtldNow = 0x2;
    private const int RtldGlobal = 0x100;
    private static readonly Lock Gate = new();
    private static bool initialised;
    private static bool libTorchReady;
    private static ComputePath requested = ComputePath.Safe;
    private static bool mklIntelLoaded;

    /// <summary>Whether libtorch's oneDNN kernels are in use (after <see cref="EnsureReady"/>).</summary>
    public static bool OneDnnEnabled { get; private set; }

    /// <summary>What this process runs on: the requested path, less what could not be applied.</summary>
    public static ComputePath Current
    {
        get
        {
            lock (Gate)
            {
                return requested with { MklIntel = mklIntelLoaded, OneDnn = libTorchReady ? OneDnnEnabled : requested.OneDnn };
            }
        }
    }

    /// <summary>Whether the MKL code-path switch was built for this installation (a C compiler was present).</summary>
    public static bool MklIntelShimAvailable =>
        OperatingSystem.IsLinux() && File.Exists(Path.Combine(AppContext.BaseDirectory, MklIntelShim));

    /// <summary>Whether libtorch is loaded; from then on MKL's code path is fixed for the process.</summary>
    public static bool IsLoaded
    {
        get
        {
            lock (Gate)
            {
                return libTorchReady;
            }
        }
    }

    /// <summary>
    /// Loads the GLIBCXX shim where the build produced one (docs/decisions/0001): it must be global before
    /// libLibTorchSharp.so is loaded, so that its weakened version requirement resolves.
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
            if (OperatingSystem.IsLinux())
            {
                LoadGlobal(GlibcxxShim, required: false);
            }
        }
    }

    /// <summary>
    /// Chooses the compute path. Before libtorch is loaded everything applies; afterwards oneDNN still follows,
    /// but MKL's code path was fixed when libtorch loaded (the returned path says what is in force).
    /// </summary>
    public static ComputePath Use(ComputePath path)
    {
        Initialise();
        lock (Gate)
        {
            requested = path;
            if (!libTorchReady)
            {
                if (path.MklIntel && !mklIntelLoaded)
                {
                    // Must be global before libtorch_cpu loads so that MKL's calls bind to it (docs/decisions/0013).
                    mklIntelLoaded = LoadGlobal(MklIntelShim, required: false);
                }
            }
            else
            {
                SetOneDnn(path.OneDnn);
            }
        }

        return Current;
    }

    /// <summary>CUDA when the runtime package and a GPU are present, else CPU.</summary>
    public static torch.Device PickDevice()
    {
        EnsureReady();
        return torch.cuda.is_available() ? torch.CUDA : torch.CPU;
    }

    /// <summary>Loads libtorch and applies the chosen path (oneDNN on or off); idempotent.</summary>
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

            libTorchReady = true;
            SetOneDnn(requested.OneDnn);
        }
    }

    /// <summary>The version of the oneDNN inside libtorch, e.g. "3.7.1", or null when it cannot be read.</summary>
    public static string? OneDnnVersion()
    {
        EnsureReady();
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // at::get_mkldnn_version() returns a std::string (libstdc++: data pointer, then length) through a hidden
        // result pointer; its few bytes of heap are left to the process.
        var result = Marshal.AllocHGlobal(64);
        try
        {
            get_mkldnn_version(result);
            var text = Marshal.PtrToStringAnsi(Marshal.ReadIntPtr(result), (int)Marshal.ReadInt64(result, IntPtr.Size));
            var match = System.Text.RegularExpressions.Regex.Match(text, @"v(\d+\.\d+(\.\d+)?)");
            return match.Success ? match.Groups[1].Value : null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        finally
        {
            Marshal.FreeHGlobal(result);
        }
    }

    private static void SetOneDnn(bool enabled)
    {
        // The C++ entry points are looked up by their Itanium-ABI names, which exist on Linux builds only.
        if (!OperatingSystem.IsLinux())
        {
            OneDnnEnabled = true;
            return;
        }

        setUserEnabledMkldnn(globalContext(), enabled);

        // Without oneDNN, ATen tries NNPACK first, which these CPUs lack: it would print a warning per call.
        setUserEnabledNNPACK(globalContext(), enabled);
        OneDnnEnabled = enabled;
    }

    private static bool LoadGlobal(string fileName, bool required)
    {
        var path = Path.Combine(AppContext.BaseDirectory, fileName);
        if (!File.Exists(path))
        {
            return false;
        }

        if (dlopen(path, RtldNow | RtldGlobal) != IntPtr.Zero)
        {
            return true;
        }

        var reason = Marshal.PtrToStringAnsi(dlerror());
        return required
            ? throw new InvalidOperationException($"Could not load {path}: {reason}. Rebuild the project (dotnet build).")
            : false;
    }

    [DllImport("libc", EntryPoint = "dlopen")]
    private static extern IntPtr dlopen(string fileName, int flags);

    [DllImport("libc", EntryPoint = "dlerror")]
    private static extern IntPtr dlerror();

    [DllImport("libtorch_cpu", EntryPoint = "_ZN2at13globalContextEv")]
    private static extern IntPtr globalContext();

    [DllImport("libtorch_cpu", EntryPoint = "_ZN2at7Context20setUserEnabledNNPACKEb")]
    private static extern void setUserEnabledNNPACK(IntPtr context, [MarshalAs(UnmanagedType.U1)] bool enabled);

    [DllImport("libtorch_cpu", EntryPoint = "_ZN2at7Context20setUserEnabledMkldnnEb")]
    private static extern void setUserEnabledMkldnn(IntPtr context, [MarshalAs(UnmanagedType.U1)] bool enabled);

    [DllImport("libtorch_cpu", EntryPoint = "_ZN2at18get_mkldnn_versionB5cxx11Ev")]
    private static extern IntPtr get_mkldnn_version(IntPtr result);
}
