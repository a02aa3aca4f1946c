using System.Collections.Immutable;

namespace Netpicking.Core.Zoo;

/// <summary>
/// Infers every layer's input and output shape from the 784-value input, rejecting specs that
/// could not be built. Layer indices in messages are 0-based positions in the layer list (the
/// first view is layer 0), the same positions as in the JSONL <c>layers</c> array.
/// </summary>
public static class ShapeInference
{
    public static readonly Shape Classes = new(10);

    public static ShapeInferenceResult Infer(NetworkSpec network)
    {
        var result = Infer(network.Layers);
        var firstView = (ViewSpec)network.Layers[0];
        if (!firstView.Shape.Equals(network.InputShape))
        {
            throw new ZooSpecException(
                $"input_shape {network.InputShape} does not match the first view's output {firstView.Shape}", 0);
        }

        return result;
    }

    public static ShapeInferenceResult Infer(IReadOnlyList<LayerSpec> layers)
    {
        if (layers.Count == 0)
        {
            throw new ZooSpecException("the network has no layers");
        }

        if (layers[0] is not ViewSpec)
        {
            throw new ZooSpecException($"layer 0 ({layers[0].Op}): a network must start with a view of its 784 inputs", 0);
        }

        var shapes = ImmutableArray.CreateBuilder<LayerShapes>(layers.Count);
        var current = ShapeInferenceResult.RawInput;
        for (var i = 0; i < layers.Count; i++)
        {
            var layer = layers[i];
            var output = OutputOf(layer, current, i, isLast: i == layers.Count - 1);
            shapes.Add(new LayerShapes(i, layer, current, output));
            current = output;
        }

        if (!current.Equals(Classes))
        {
            throw new ZooSpecException($"the network ends with shape {current}, expected {Classes}");
        }

        return new ShapeInferenceResult(shapes.MoveToImmutable());
    }

    private static Shape OutputOf(LayerSpec layer, Shape input, int index, bool isLast)
    {
        ZooSpecException Fail(string detail) => new($"layer {index} ({layer.Op}): {detail}", index);

        switch (layer)
        {
            case ViewSpec view:
                if (view.Shape.Rank == 0 || view.Shape.Dims.Any(d => d <= 0))
                {
                    throw Fail($"view to {view.Shape} needs positive sizes");
                }

                if (view.Shape.Elements != input.Elements)
                {
                    throw Fail($"view from {input} ({input.Elements} values) to {view.Shape} ({view.Shape.Elements} values) changes the element count");
                }

                return view.Shape;

            case FlattenSpec:
                // The only flatten the format knows is the reference's no-op; anything else would change the shape.
                if (input.Rank != 1)
                {
                    throw Fail($"input {input} is not a vector (flatten is a no-op only on a vector)");
                }

                return input;

            case LinearSpec linear:
                if (linear.InFeatures <= 0 || linear.OutFeatures <= 0)
                {
                    throw Fail($"in_features {linear.InFeatures} and out_features {linear.OutFeatures} must be positive");
                }

                if (input.Rank != 1)
                {
                    throw Fail($"input {input} is not a vector (Linear needs rank 1)");
                }

                if (input.Dims[0] != linear.InFeatures)
                {
                    throw Fail($"input {input} does not match in_features {linear.InFeatures}");
                }

                return new Shape(linear.OutFeatures);

            case ConvSpec conv:
                return ConvOutput(conv, input, Fail);

            case BasicBlockSpec block:
                if (block.Channels <= 0)
                {
                    throw Fail($"channels {block.Channels} must be positive");
                }

                if (input.Rank != 3)
                {
                    throw Fail($"input {input} is not C × H × W");
                }

                if (input.Dims[0] != block.Channels)
                {
                    throw Fail($"input {input} does not match channels {block.Channels}");
                }

                return input;

            case ActivationSpec activation:
                if (activation.Kind == ActivationKind.None)
                {
                    throw Fail("None is not an activation layer");
                }

                return input;

            case LogSoftmaxSpec:
                if (!isLast)
                {
                    throw Fail("LogSoftmax must be the last layer");
                }

                if (!input.Equals(Classes))
                {
                    throw Fail($"input {input} is not {Classes}");
                }

                return input;

            default:
                throw Fail("unknown layer kind");
        }
    }

    private static Shape ConvOutput(ConvSpec conv, Shape input, Func<string, ZooSpecException> fail)
    {
        var n = conv.Dimensions;
        if (n is < 1 or > 3)
        {
            throw fail($"{n} spatial dimensions are not supported (1, 2 or 3)");
        }

        if (conv.InChannels <= 0 || conv.OutChannels <= 0)
        {
            throw fail($"in_channels {conv.InChannels} and out_channels {conv.OutChannels} must be positive");
        }

        if (conv.KernelSize.Length != n || conv.KernelSize.Any(k => k <= 0))
        {
            throw fail($"kernel_size [{string.Join(", ", conv.KernelSize)}] needs {n} positive sizes");
        }

        if (input.Rank != n + 1)
        {
            throw fail($"input {input} has rank {input.Rank}, expected {n + 1} (channels and {n} spatial)");
        }

        if (input.Dims[0] != conv.InChannels)
        {
            throw fail($"input {input} does not match in_channels {conv.InChannels}");
        }

        var dims = new int[n + 1];
        dims[0] = conv.OutChannels;
        for (var d = 0; d < n; d++)
        {
            var size = input.Dims[d + 1];
            var kernel = conv.KernelSize[d];
            if (kernel > size)
            {
                throw fail($"kernel {string.Join(" × ", conv.KernelSize)} is larger than input {input}");
            }

            dims[d + 1] = size - kernel + 1;
        }

        return new Shape(dims);
    }
}
