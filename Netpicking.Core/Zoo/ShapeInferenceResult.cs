using System.Collections.Immutable;

namespace Netpicking.Core.Zoo;

/// <summary>Per-layer shapes of a network that passed <see cref="ShapeInference"/>.</summary>
public sealed record ShapeInferenceResult(ImmutableArray<LayerShapes> Layers)
{
    /// <summary>The raw input every network receives: the 784 normalised pixel values.</summary>
    public static Shape RawInput { get; } = new(784);

    public Shape Output => Layers.Length == 0 ? RawInput : Layers[^1].Out;

    public bool Equals(ShapeInferenceResult? other) => other is not null && Layers.SequenceEqual(other.Layers);

    public override int GetHashCode() => Layers.Length;
}
