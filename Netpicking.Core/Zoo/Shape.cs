using System.Collections.Immutable;

namespace Netpicking.Core.Zoo;

/// <summary>A tensor shape without the batch dimension, compared by value.</summary>
public sealed record Shape(ImmutableArray<int> Dims)
{
    public Shape(params int[] dims) : this(dims.ToImmutableArray())
    {
    }

    public int Rank => Dims.Length;

    public long Elements => Dims.Aggregate(1L, (product, d) => product * d);

    public bool Equals(Shape? other) => other is not null && Dims.SequenceEqual(other.Dims);

    public override int GetHashCode() => Dims.Aggregate(17, HashCode.Combine);

    public override string ToString() => string.Join(" × ", Dims);
}
