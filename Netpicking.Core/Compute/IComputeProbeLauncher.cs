namespace Netpicking.Core.Compute;

/// <summary>Runs <see cref="ComputeProbe"/> in a child process and returns its report (the host knows how to start itself).</summary>
public interface IComputeProbeLauncher
{
    /// <exception cref="ComputeProbeException">The process failed, crashed or ran out of time.</exception>
    Task<ProbeReport> RunAsync(bool mklIntel, bool checkOneDnn, bool checkKernels, CancellationToken cancellationToken);
}

/// <summary>A self-check process that did not report: its exit code and what it wrote to stderr say why.</summary>
public sealed class ComputeProbeException(string message) : Exception(message);
