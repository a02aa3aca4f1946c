using Netpicking.Core.Compute;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Campaigns;

/// <summary>
/// What training one network under one run settings asks of the machine, in the units <see cref="TrainingCostModel"/>
/// prices: multiply-adds of the training passes (forward and backward, about three forward passes) and of the test
/// passes, optimiser steps and test batches, and the layers with parameters (each adds per-step overhead).
/// </summary>
public sealed record TrainingWork(string Family, double TrainMultiplyAdds, double TestMultiplyAdds, long Steps, long TestBatches, int Layers)
{
    public const int TestImages = 10_000;

    public static TrainingWork Of(NetworkSpec network, RunSettings settings, int evaluationBatch = TrainerOptions.DefaultEvaluationBatch)
    {
        var perImage = ForwardMultiplyAdds(network);
        var images = (long)(settings.TrainSize ?? RunSettings.FullTrainSize);
        var tested = settings.TestedEpochs.Count();
        return new TrainingWork(
            network.Group,
            3.0 * perImage * images * settings.Epochs,
            (double)perImage * TestImages * tested,
            settings.Epochs * ((images + settings.TrainBatchSize - 1) / settings.TrainBatchSize),
            tested * ((TestImages + evaluationBatch - 1) / evaluationBatch),
            network.Layers.Count(l => l is LinearSpec or ConvSpec or BasicBlockSpec));
    }

    /// <summary>Multiply-adds of one image's forward pass: Linear and convolution layers (a BasicBlock is two convolutions).</summary>
    public static long ForwardMultiplyAdds(NetworkSpec network) =>
        ConvolutionShape.Of(network).Sum(c => c.Shape.MultiplyAdds)
        + network.Layers.OfType<LinearSpec>().Sum(l => (long)l.InFeatures * l.OutFeatures);
}
