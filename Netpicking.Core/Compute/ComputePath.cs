namespace Netpicking.Core.Compute;

/// <summary>
/// How libtorch computes on this machine: with oneDNN's convolutions or ATen's own, and MKL with its Intel code path
/// or its default one. <see cref="Explanation"/> is the one line a user reads (first line of train, worker and the
/// dashboard). docs/decisions/0013-compute-path-per-machine.md.
/// </summary>
public sealed record ComputePath(bool OneDnn, bool MklIntel, string Explanation)
{
    /// <summary>Correct everywhere measured so far: the path until a machine is checked, and the one tests force.</summary>
    public static ComputePath Safe { get; } =
        new(false, false, "convolutions: ATen's own kernels (oneDNN off), MKL's default code path (not checked on this machine)");

    /// <summary>A short tag stored with every training and used to key measurements made on this path.</summary>
    public string Tag => $"onednn-{(OneDnn ? "on" : "off")}+mkl-{(MklIntel ? "intel" : "default")}";
}
