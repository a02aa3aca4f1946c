namespace Netpicking.Core.Zoo;

/// <summary>The shapes a layer reads and writes (batch dimension omitted).</summary>
public sealed record LayerShapes(int Index, LayerSpec Layer, Shape In, Shape Out);
