namespace Netpicking.Core.Compute;

/// <summary>
/// What one self-check process measured (<see cref="ComputeProbe"/>): run with MKL's default code path or with the
/// Intel one, it checks convolutions against float64 and times the GEMMs the convolutions reduce to.
/// </summary>
public sealed record ProbeReport(
    bool MklIntel,
    string Cpu,
    string LibTorch,
    string? OneDnnVersion,
    LayerCheck? OneDnn,
    LayerCheck? Kernels,
    double GemmGflops,
    double Seconds);

/// <summary>
/// Distinct convolution layers computed in float32 (forward, and the gradients of input, weight and bias) against
/// the same computation in float64. A layer is wrong when any value is not finite or differs by more than
/// <see cref="ComputeProbe.Tolerance"/> relative to the largest reference value.
/// </summary>
public sealed record LayerCheck(int Layers, int Wrong, int NotFinite, double WorstError, string? WorstLayer, double Seconds)
{
    public bool Passed => Wrong == 0 && NotFinite == 0 && Layers > 0;
}
