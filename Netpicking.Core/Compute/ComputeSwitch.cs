namespace Netpicking.Core.Compute;

/// <summary>A setting that lets the machine's self-check decide (<see cref="Auto"/>) or forces a choice.</summary>
public enum ComputeSwitch
{
    Auto,
    On,
    Off,
}
