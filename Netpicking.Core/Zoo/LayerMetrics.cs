namespace Netpicking.Core.Zoo;

/// <summary>One row of a network's layer table: its shapes and its share of the static metrics.</summary>
/// <param name="OutputElements">Elements of the layer's output tensor.</param>
/// <param name="MemoryElements">What the layer adds to <see cref="StaticMetrics.MemoryElements"/> (4 × output for a BasicBlock, 0 for a no-op flatten).</param>
/// <param name="LeafModules">What the layer adds to <see cref="StaticMetrics.Layers"/>.</param>
public sealed record LayerMetrics(
    int Index,
    string Op,
    Shape In,
    Shape Out,
    long Params,
    long OutputElements,
    long MemoryElements,
    int Ops,
    int LeafModules);
