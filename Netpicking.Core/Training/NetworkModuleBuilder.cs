using Netpicking.Core.Compute;
using Netpicking.Core.Training.Modules;
using Netpicking.Core.Zoo;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>Builds the TorchSharp module of a network spec, layer for layer (default PyTorch initialisation).</summary>
public static class NetworkModuleBuilder
{
    // Default initialisation draws from libtorch's process-wide generator. Every build holds this gate, so a
    // seeded build (seed, then draw) never interleaves with another build and the same seed gives the same weights;
    // every other draw in the process names a generator of its own (GlobalGeneratorUseTests).
    private static readonly Lock InitialisationGate = new();

    /// <summary>
    /// Builds the module; with <paramref name="seed"/>, its initial weights are the ones that seed gives. Each
    /// convolution computes as <paramref name="convolutions"/> chooses for <paramref name="batch"/> images a step
    /// (default: libtorch's own convolution everywhere). The choice never changes the weights.
    /// </summary>
    public static nn.Module<Tensor, Tensor> Build(NetworkSpec spec, int? seed = null, IConvolutionPlanner? convolutions = null, int batch = 25)
    {
        // Planned before the gate: a planner may measure, and measuring must neither hold up other builds nor draw
        // from the generator between another build's seed and its draws.
        var methods = Plan(spec, convolutions ?? FixedConvolutions.Aten, batch);
        TorchRuntime.EnsureReady();
        lock (InitialisationGate)
        {
            if (seed is { } value)
            {
                torch.manual_seed(value);
            }

            return BuildUnlocked(spec, methods);
        }
    }

    /// <summary>The method of each convolution, in the order <see cref="ConvolutionShape.Of"/> lists them.</summary>
    public static IReadOnlyList<ConvolutionMethod> Plan(NetworkSpec spec, IConvolutionPlanner convolutions, int batch)
    {
        var methods = new List<ConvolutionMethod>();
        var parameterised = false;
        var layerOfPrevious = -1;
        foreach (var (layerIndex, shape) in ConvolutionShape.Of(spec))
        {
            // Any layer with parameters before this one (a Linear, a Conv, the first conv of the same block) makes
            // the input depend on parameters.
            parameterised |= layerIndex == layerOfPrevious || spec.Layers.Take(layerIndex).Any(HasParameters);
            methods.Add(convolutions.MethodFor(shape, batch, parameterised));
            layerOfPrevious = layerIndex;
        }

        return methods;
    }

    private static bool HasParameters(LayerSpec layer) => layer is LinearSpec or ConvSpec or BasicBlockSpec;

    private static nn.Module<Tensor, Tensor> BuildUnlocked(NetworkSpec spec, IReadOnlyList<ConvolutionMethod> methods)
    {
        var next = 0;
        ConvolutionMethod NextMethod() => methods[next++];
        var steps = new List<(string, nn.Module<Tensor, Tensor>)>(spec.Layers.Length);
        for (var i = 0; i < spec.Layers.Length; i++)
        {
            if (spec.Layers[i] is FlattenSpec)
            {
                continue;
            }

            steps.Add(($"{i}_{spec.Layers[i].Op}", BuildLayer(spec.Layers[i], NextMethod)));
        }

        return nn.Sequential(steps);
    }

    private static nn.Module<Tensor, Tensor> BuildLayer(LayerSpec layer, Func<ConvolutionMethod> nextMethod) => layer switch
    {
        ViewSpec view => new Reshape(view.Shape),
        LinearSpec linear => nn.Linear(linear.InFeatures, linear.OutFeatures, hasBias: linear.Bias),
        ConvSpec conv => new StrideOneConvolution(conv.InChannels, conv.OutChannels, [.. conv.KernelSize.Select(k => (long)k)], 0, conv.Bias, nextMethod()),
        BasicBlockSpec block => new BasicBlock(block.Channels, nextMethod(), nextMethod()),
        ActivationSpec { Kind: ActivationKind.ReLU } => nn.ReLU(),
        ActivationSpec { Kind: ActivationKind.SELU } => nn.SELU(),
        ActivationSpec { Kind: ActivationKind.Sigmoid } => nn.Sigmoid(),
        ActivationSpec { Kind: ActivationKind.Tanh } => nn.Tanh(),
        LogSoftmaxSpec => nn.LogSoftmax(1),
        _ => throw new ArgumentException($"Cannot build layer '{layer.Op}'.", nameof(layer)),
    };

    /// <summary>Trainable parameters as TorchSharp counts them (BatchNorm running statistics are buffers).</summary>
    public static long CountParameters(nn.Module module) => module.parameters().Sum(p => p.numel());
}
