namespace Netpicking.Web.Jobs;

/// <summary>How this process names itself in the jobs it runs: host and process id, unless configured.</summary>
public sealed record WorkerIdentity(string Name)
{
    public static WorkerIdentity ForThisProcess(string? configured) =>
        new(string.IsNullOrWhiteSpace(configured) ? $"{Environment.MachineName}:{Environment.ProcessId}" : configured);
}
