using System.Collections.Immutable;

namespace Netpicking.Core.Zoo;

/// <summary>One step of a network: a module or a reshape. Shapes are inferred, never stored here.</summary>
public abstract record LayerSpec
{
    /// <summary>The op name as written in the JSONL format (docs/product.md#the-reference-zoo-mnistk-1001).</summary>
    public abstract string Op { get; }
}

/// <summary>Reshape to <paramref name="Shape"/> (PyTorch <c>view</c>).</summary>
public sealed record ViewSpec(Shape Shape) : LayerSpec
{
    public override string Op => "view";
}

/// <summary>A flatten that changes nothing (kept from the reference zoo; it costs nothing).</summary>
public sealed record FlattenSpec : LayerSpec
{
    public override string Op => "flatten";
}

public sealed record LinearSpec(int InFeatures, int OutFeatures, bool Bias) : LayerSpec
{
    public override string Op => "Linear";
}

/// <summary>Conv1d/2d/3d with stride 1, no padding, dilation 1, groups 1.</summary>
public sealed record ConvSpec(int Dimensions, int InChannels, int OutChannels, ImmutableArray<int> KernelSize, bool Bias) : LayerSpec
{
    public override string Op => $"Conv{Dimensions}d";

    public bool Equals(ConvSpec? other) =>
        other is not null && Dimensions == other.Dimensions && InChannels == other.InChannels &&
        OutChannels == other.OutChannels && Bias == other.Bias && KernelSize.SequenceEqual(other.KernelSize);

    public override int GetHashCode() =>
        HashCode.Combine(Dimensions, InChannels, OutChannels, Bias, KernelSize.Aggregate(17, HashCode.Combine));
}

/// <summary>The ResNet basic block, C → C, shape preserved (docs/product.md#the-zoo).</summary>
public sealed record BasicBlockSpec(int Channels) : LayerSpec
{
    public override string Op => "BasicBlock";
}

public sealed record ActivationSpec(ActivationKind Kind) : LayerSpec
{
    public override string Op => Kind.ToString();
}

public sealed record LogSoftmaxSpec : LayerSpec
{
    public override string Op => "LogSoftmax";
}
