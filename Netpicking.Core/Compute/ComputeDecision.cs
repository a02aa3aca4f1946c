namespace Netpicking.Core.Compute;

/// <summary>The compute path chosen for this machine, how (settings, self-check, cached self-check) and the evidence.</summary>
public sealed record ComputeDecision(ComputePath Path, string Source, SelfCheckReports Reports);

/// <summary>
/// What the self-check processes reported on one machine (CPU and libtorch build: <see cref="MachineKey"/>), cached as
/// JSON in <c>&lt;data folder&gt;/compute/&lt;machine key&gt;.json</c>. A report is null when it was not needed, or failed
/// (<see cref="DefaultProblem"/>, <see cref="IntelProblem"/>).
/// </summary>
public sealed record SelfCheckReports(
    string MachineKey,
    string Cpu,
    DateTime CheckedAt,
    ProbeReport? DefaultMkl,
    ProbeReport? IntelMkl,
    string? DefaultProblem = null,
    string? IntelProblem = null)
{
    public static SelfCheckReports None { get; } = new(MachineIdentity.Current.Key, MachineIdentity.Current.CpuModel, DateTime.MinValue, null, null);
}
