using Netpicking.Core.Training.Modules;
using Netpicking.Core.Zoo;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>Builds the TorchSharp module of a network spec, layer for layer (default PyTorch initialisation).</summary>
public static class NetworkModuleBuilder
{
    // Default initialisation draws from libtorch's process-wide generator. Every build holds this gate, so a
    // seeded build (seed, then draw) never interleaves with another build and the same seed gives the same weights.
    private static readonly Lock InitialisationGate = new();

    /// <summary>Builds the module; with <paramref name="seed"/>, its initial weights are the ones that seed gives.</summary>
    public static nn.Module<Tensor, Tensor> Build(NetworkSpec spec, int? seed = null)
    {
        TorchRuntime.EnsureReady();
        lock (InitialisationGate)
        {
            if (seed is { } value)
            {
                torch.manual_seed(value);
            }

            return BuildUnlocked(spec);
        }
    }

    private static nn.Module<Tensor, Tensor> BuildUnlocked(NetworkSpec spec)
    {
        var steps = new List<(string, nn.Module<Tensor, Tensor>)>(spec.Layers.Length);
        for (var i = 0; i < spec.Layers.Length; i++)
        {
            if (spec.Layers[i] is FlattenSpec)
            {
                continue;
            }

            steps.Add(($"{i}_{spec.Layers[i].Op}", BuildLayer(spec.Layers[i])));
        }

        return nn.Sequential(steps);
    }

    private static nn.Module<Tensor, Tensor> BuildLayer(LayerSpec layer) => layer switch
    {
        ViewSpec view => new Reshape(view.Shape),
        LinearSpec linear => nn.Linear(linear.InFeatures, linear.OutFeatures, hasBias: linear.Bias),
        ConvSpec { Dimensions: 1 } conv => nn.Conv1d(conv.InChannels, conv.OutChannels, conv.KernelSize[0], bias: conv.Bias),
        ConvSpec { Dimensions: 2 } conv => nn.Conv2d(
            conv.InChannels, conv.OutChannels, (conv.KernelSize[0], conv.KernelSize[1]), bias: conv.Bias),
        ConvSpec { Dimensions: 3 } conv => nn.Conv3d(
            conv.InChannels, conv.OutChannels, (conv.KernelSize[0], conv.KernelSize[1], conv.KernelSize[2]), bias: conv.Bias),
        BasicBlockSpec block => new BasicBlock(block.Channels),
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
