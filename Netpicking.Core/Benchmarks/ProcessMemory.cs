using System.Diagnostics;

namespace Netpicking.Core.Benchmarks;

/// <summary>
/// The process's peak resident memory (Linux VmHWM, what <see cref="Process.PeakWorkingSet64"/> reports there), and
/// a way to restart that peak so one phase can be measured apart from an earlier, hungrier one.
/// </summary>
public static class ProcessMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";
    private const string ResetPeakCode = "5"; // Linux ≥ 4.0: "reset the peak resident set size"

    public static long PeakBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public static long CurrentBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>Sets the peak back to the current resident size; false where the system does not allow it.</summary>
    public static bool TryResetPeak()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            File.WriteAllText(ClearRefs, ResetPeakCode);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
