namespace Netpicking.Core.Zoo;

/// <summary>
/// A network's static costs (docs/metrics.md#static-costs). <see cref="Ops"/> counts autograd nodes the way PyTorch 1.3
/// recorded them, kept for comparability with the published study, not a FLOP count.
/// </summary>
/// <param name="Params">Trainable parameters (BatchNorm γ and β included, running statistics not).</param>
/// <param name="MemoryElements">Tensor elements held for one input in one forward pass, the input included.</param>
/// <param name="Ops">Operations of one forward pass as PyTorch 1.3 counted them.</param>
/// <param name="Layers">Leaf modules (a BasicBlock counts 5).</param>
/// <param name="Depth">Compute layers: Linear, Conv and BasicBlock.</param>
public sealed record StaticMetrics(long Params, long MemoryElements, long Ops, int Layers, int Depth)
{
    /// <summary>Memory as float32 bytes.</summary>
    public long MemoryBytes => MemoryElements * sizeof(float);
}
