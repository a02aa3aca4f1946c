namespace Netpicking.Core.Compute;

/// <summary>
/// The launcher of hosts that cannot start a self-check process (Core used without the Netpicking executable): the
/// self-check then "did not finish", and the safe path is used unless settings force one.
/// </summary>
public sealed class UnavailableProbeLauncher : IComputeProbeLauncher
{
    public Task<ProbeReport> RunAsync(bool mklIntel, bool checkOneDnn, bool checkKernels, CancellationToken cancellationToken) =>
        throw new ComputeProbeException("this host cannot start a self-check process");
}
