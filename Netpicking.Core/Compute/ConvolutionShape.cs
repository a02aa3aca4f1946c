using System.Collections.Immutable;
using System.Globalization;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Compute;

/// <summary>
/// One convolution as the zoo uses them: stride 1, dilation 1, one group, <paramref name="Padding"/> zeros on every
/// side. <paramref name="InSize"/> and <paramref name="Kernel"/> are the spatial sizes (1, 2 or 3 of them).
/// </summary>
public sealed record ConvolutionShape(int InChannels, ImmutableArray<int> InSize, int OutChannels, ImmutableArray<int> Kernel, int Padding, bool Bias)
{
    public int Dimensions => Kernel.Length;

    public ImmutableArray<int> OutSize => [.. InSize.Select((s, i) => s + (2 * Padding) - Kernel[i] + 1)];

    public long KernelVolume => Kernel.Aggregate(1L, (p, k) => p * k);

    public long OutPositions => OutSize.Aggregate(1L, (p, s) => p * s);

    /// <summary>Multiply-adds of one image's forward pass.</summary>
    public long MultiplyAdds => OutPositions * OutChannels * InChannels * KernelVolume;

    /// <summary>Bytes of one image's unfolded input (im2col), the buffer both methods build.</summary>
    public long ColumnBytes => OutPositions * InChannels * KernelVolume * sizeof(float);

    /// <summary>A stable text key, e.g. <c>conv3d 15x15x6x6>46 k5x5x5 p0 bias</c>.</summary>
    public string Key =>
        string.Create(CultureInfo.InvariantCulture,
            $"conv{Dimensions}d {InChannels}x{string.Join('x', InSize)}>{OutChannels} k{string.Join('x', Kernel)} p{Padding}{(Bias ? " bias" : "")}");

    public override string ToString() => Key;

    /// <summary>Every convolution of a network in order, with its input shape (a BasicBlock holds two).</summary>
    public static IEnumerable<(int LayerIndex, ConvolutionShape Shape)> Of(NetworkSpec network)
    {
        foreach (var layer in ShapeInference.Infer(network).Layers)
        {
            switch (layer.Layer)
            {
                case ConvSpec conv:
                    yield return (layer.Index, new ConvolutionShape(conv.InChannels, layer.In.Dims[1..], conv.OutChannels, conv.KernelSize, 0, conv.Bias));
                    break;
                case BasicBlockSpec block:
                    var inner = new ConvolutionShape(block.Channels, layer.In.Dims[1..], block.Channels, [3, 3], 1, false);
                    yield return (layer.Index, inner);
                    yield return (layer.Index, inner);
                    break;
            }
        }
    }
}
