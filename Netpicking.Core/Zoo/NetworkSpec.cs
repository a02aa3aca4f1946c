using System.Collections.Immutable;

namespace Netpicking.Core.Zoo;

/// <summary>
/// A network of a zoo: a straight-line sequence of layers from 784 inputs to 10 log-probabilities.
/// <see cref="Group"/> is the family (compute layer), <see cref="Form"/> the name before the underscore.
/// </summary>
public sealed record NetworkSpec(
    int Id,
    string Name,
    string Group,
    string Form,
    ActivationKind Activation,
    Shape InputShape,
    ImmutableArray<LayerSpec> Layers)
{
    public bool Equals(NetworkSpec? other) =>
        other is not null && Id == other.Id && Name == other.Name && Group == other.Group && Form == other.Form &&
        Activation == other.Activation && InputShape.Equals(other.InputShape) && Layers.SequenceEqual(other.Layers);

    public override int GetHashCode() => HashCode.Combine(Id, Name);
}
