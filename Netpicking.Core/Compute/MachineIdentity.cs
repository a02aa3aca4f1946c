using System.Security.Cryptography;
using System.Text;

namespace Netpicking.Core.Compute;

/// <summary>
/// What a compute decision depends on: the CPU (model and instruction-set flags) and the libtorch build. A decision
/// cached under one key is never reused on another CPU or after a TorchSharp/libtorch upgrade.
/// </summary>
public sealed record MachineIdentity(string CpuModel, string CpuFlags, string TorchBuild)
{
    /// <summary>12 hex digits of a SHA-256 over the three parts: a file name that changes when any of them does.</summary>
    public string Key =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{CpuModel}\n{CpuFlags}\n{TorchBuild}")))[..12];

    public static MachineIdentity Current { get; } = Read();

    private static MachineIdentity Read()
    {
        var (model, flags) = ReadCpuInfo();
        var torch = typeof(TorchSharp.torch).Assembly.GetName().Version?.ToString() ?? "unknown";
        var native = LibTorchFile();
        return new MachineIdentity(model, flags, native is null ? $"TorchSharp {torch}" : $"TorchSharp {torch}, {native.Name} {native.Length} bytes");
    }

    private static (string Model, string Flags) ReadCpuInfo()
    {
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                var lines = File.ReadLines("/proc/cpuinfo").TakeWhile(l => l.Length > 0).ToList();
                string Field(string name) =>
                    lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "";
                var family = Field("cpu family");
                var cpuModel = Field("model\t");
                return ($"{Field("model name")} (family {family}, model {cpuModel})", Field("flags"));
            }
        }
        catch (IOException)
        {
        }

        return ($"{System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture} ({Environment.ProcessorCount} cores)", "");
    }

    private static FileInfo? LibTorchFile()
    {
        var names = new[] { "libtorch_cpu.so", Path.Combine("runtimes", "linux-x64", "native", "libtorch_cpu.so"), "torch_cpu.dll", "libtorch_cpu.dylib" };
        return names.Select(n => new FileInfo(Path.Combine(AppContext.BaseDirectory, n))).FirstOrDefault(f => f.Exists);
    }

    /// <summary>The CPU as a person names it: "AMD EPYC (family 26, model 2)".</summary>
    public override string ToString() => CpuModel;
}
