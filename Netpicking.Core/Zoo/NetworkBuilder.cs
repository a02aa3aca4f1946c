using System.Collections.Immutable;
using Netpicking.Core.Common;

namespace Netpicking.Core.Zoo;

/// <summary>Appends layers for <see cref="ZooGenerator"/> while tracking the current shape, so each draw fits what precedes it.</summary>
internal sealed class NetworkBuilder
{
    private readonly ImmutableArray<LayerSpec>.Builder layers = ImmutableArray.CreateBuilder<LayerSpec>();
    private readonly SplitMix64 random;
    private Shape current;
    private int? lastLinearWidth;

    public NetworkBuilder(Shape inputShape, SplitMix64 random)
    {
        this.random = random;
        current = inputShape;
        layers.Add(new ViewSpec(inputShape));
    }

    public ImmutableArray<LayerSpec> Layers => layers.ToImmutable();

    /// <summary>None until an activation layer is inserted: a form's kind only counts if it is really there.</summary>
    public ActivationKind Activation { get; set; } = ActivationKind.None;

    public void Add(LayerSpec layer)
    {
        layers.Add(layer);
        current = layer switch
        {
            ViewSpec view => view.Shape,
            LinearSpec linear => new Shape(linear.OutFeatures),
            ConvSpec conv => new Shape(current.Dims.Skip(1).Zip(conv.KernelSize, (size, k) => size - k + 1).Prepend(conv.OutChannels).ToImmutableArray()),
            _ => current,
        };
    }

    /// <summary>Widths never increase: the first in 10..128, each next in 10..previous.</summary>
    public int NextWidth() => random.NextInt(10, lastLinearWidth ?? 128);

    public void Linear(int outFeatures, bool bias)
    {
        Add(new LinearSpec(current.Dims[0], outFeatures, bias));
        lastLinearWidth = outFeatures;
    }

    /// <summary>A non-final convolution: square or cubic kernel no larger than the smallest spatial size.</summary>
    public void Conv(int outChannels, bool bias)
    {
        var spatial = current.Dims.Skip(1).ToArray();
        var kernel = random.NextInt(1, spatial.Min());
        Add(new ConvSpec(spatial.Length, current.Dims[0], outChannels, [.. Enumerable.Repeat(kernel, spatial.Length)], bias));
    }

    /// <summary>The last convolution of a stack: 10 channels, kernel equal to the remaining extent, so the output is 10 × 1….</summary>
    public void FinalConv(bool bias)
    {
        var spatial = current.Dims.Skip(1).ToImmutableArray();
        Add(new ConvSpec(spatial.Length, current.Dims[0], 10, spatial, bias));
    }

    public void ViewAsVector() => Add(new ViewSpec(new Shape(checked((int)current.Elements))));

    public void MaybeActivate(ActivationKind kind, double probability)
    {
        if (kind != ActivationKind.None && random.Chance(probability))
        {
            Add(new ActivationSpec(kind));
            Activation = kind;
        }
    }
}
