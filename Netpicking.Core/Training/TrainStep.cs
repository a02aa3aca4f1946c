using Netpicking.Core.Compute;
using Netpicking.Core.Zoo;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// One optimiser step as docs/product.md#training trains: NLL on the network's LogSoftmax output, Adam with AMSGrad.
/// Shared by <see cref="NetworkTrainer"/> and <see cref="TrainingBenchmark"/>, so the benchmark times the
/// code that trains, not a copy of it.
/// </summary>
public static class TrainStep
{
    /// <summary>
    /// The network's module with the weights <paramref name="seed"/> gives, on <paramref name="device"/>, its
    /// convolutions computed as <paramref name="convolutions"/> chooses for <paramref name="batch"/> images a step.
    /// </summary>
    public static nn.Module<Tensor, Tensor> BuildSeeded(NetworkSpec network, int seed, Device device, IConvolutionPlanner? convolutions = null, int batch = 25)
    {
        var module = NetworkModuleBuilder.Build(network, seed, convolutions, batch);
        return device.type == DeviceType.CPU ? module : module.to(device);
    }

    /// <summary>Adam with AMSGrad and PyTorch's default betas and epsilon, at <paramref name="learningRate"/>.</summary>
    public static OptimizerHelper CreateOptimizer(nn.Module model, double learningRate) =>
        optim.Adam(model.parameters(), learningRate, 0.9, 0.999, 1e-8, amsgrad: true);

    /// <summary>
    /// Trains on the images <paramref name="order"/>[start .. start+size) of <paramref name="data"/> and returns
    /// the batch's mean loss. Every tensor made here is freed before it returns (docs/engineering.md#memory-per-step).
    /// </summary>
    public static float Run(
        nn.Module<Tensor, Tensor> model, OptimizerHelper optimizer, TrainingData data, Tensor order, long start, long size, Device device)
    {
        using var scope = NewDisposeScope();
        var (x, y) = Gather(data, order, start, size, device);
        return Run(model, optimizer, x, y);
    }

    /// <summary>The images and labels <paramref name="order"/>[start .. start+size), on <paramref name="device"/>.</summary>
    public static (Tensor Images, Tensor Labels) Gather(TrainingData data, Tensor order, long start, long size, Device device)
    {
        var index = order.narrow(0, start, size);
        return (data.TrainImages.index_select(0, index).to(device), data.TrainLabels.index_select(0, index).to(device));
    }

    /// <summary>One optimiser step on a gathered batch; returns its mean loss.</summary>
    public static float Run(nn.Module<Tensor, Tensor> model, OptimizerHelper optimizer, Tensor images, Tensor labels)
    {
        using var scope = NewDisposeScope();
        optimizer.zero_grad();
        var loss = nn.functional.nll_loss(model.forward(images), labels);
        loss.backward();
        optimizer.step();
        return loss.item<float>();
    }
}
