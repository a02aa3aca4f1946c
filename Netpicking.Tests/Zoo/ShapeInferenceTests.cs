using Netpicking.Core.Zoo;

namespace Netpicking.Tests.Zoo;

public class ShapeInferenceTests
{
    private static NetworkSpec Conv2dNet(params LayerSpec[] middle) =>
        new(1, "Conv2dOnly_1", Families.Conv2d, "Conv2dOnly", ActivationKind.None, new Shape(1, 28, 28),
            [new ViewSpec(new Shape(1, 28, 28)), .. middle, new LogSoftmaxSpec()]);

    [Fact]
    public void InfersConvStackShapes()
    {
        var result = ShapeInference.Infer(Conv2dNet(
            new ConvSpec(2, 1, 20, [6, 6], Bias: true),
            new ActivationSpec(ActivationKind.ReLU),
            new ConvSpec(2, 20, 10, [23, 23], Bias: true),
            new ViewSpec(new Shape(10))));

        Assert.Equal(new Shape(784), result.Layers[0].In);
        Assert.Equal(new Shape(20, 23, 23), result.Layers[1].Out);
        Assert.Equal(new Shape(20, 23, 23), result.Layers[2].Out);
        Assert.Equal(new Shape(10, 1, 1), result.Layers[3].Out);
        Assert.Equal(new Shape(10), result.Output);
    }

    [Fact]
    public void RejectsChannelMismatchNamingLayerAndShapes()
    {
        var ex = Assert.Throws<ZooSpecException>(() => ShapeInference.Infer(Conv2dNet(
            new ConvSpec(2, 1, 35, [6, 6], Bias: true),
            new ActivationSpec(ActivationKind.ReLU),
            new ConvSpec(2, 20, 10, [23, 23], Bias: true),
            new ViewSpec(new Shape(10)))));

        Assert.Equal("layer 3 (Conv2d): input 35 × 23 × 23 does not match in_channels 20", ex.Message);
        Assert.Equal(3, ex.LayerIndex);
    }

    [Fact]
    public void RejectsKernelLargerThanInput()
    {
        var ex = Assert.Throws<ZooSpecException>(() => ShapeInference.Infer(Conv2dNet(
            new ConvSpec(2, 1, 10, [29, 29], Bias: true), new ViewSpec(new Shape(10)))));

        Assert.StartsWith("layer 1 (Conv2d): kernel 29 × 29 is larger than input 1 × 28 × 28", ex.Message);
    }

    [Fact]
    public void RejectsViewChangingElementCount()
    {
        var ex = Assert.Throws<ZooSpecException>(() => ShapeInference.Infer(Conv2dNet(
            new ConvSpec(2, 1, 10, [27, 27], Bias: true), new ViewSpec(new Shape(10)))));

        Assert.StartsWith("layer 2 (view): view from 10 × 2 × 2 (40 values) to 10", ex.Message);
    }

    [Fact]
    public void RejectsLinearOnNonVector()
    {
        var ex = Assert.Throws<ZooSpecException>(() => ShapeInference.Infer(Conv2dNet(new LinearSpec(784, 10, Bias: true))));

        Assert.StartsWith("layer 1 (Linear): input 1 × 28 × 28 is not a vector", ex.Message);
    }

    [Fact]
    public void RejectsLogSoftmaxBeforeTheEnd()
    {
        LayerSpec[] layers = [new ViewSpec(new Shape(784)), new LinearSpec(784, 10, true), new LogSoftmaxSpec(), new ActivationSpec(ActivationKind.Tanh)];

        var ex = Assert.Throws<ZooSpecException>(() => ShapeInference.Infer(layers));

        Assert.Equal("layer 2 (LogSoftmax): LogSoftmax must be the last layer", ex.Message);
    }

    [Fact]
    public void RejectsNetworkNotEndingInTenClasses()
    {
        LayerSpec[] layers = [new ViewSpec(new Shape(784)), new LinearSpec(784, 12, true)];

        var ex = Assert.Throws<ZooSpecException>(() => ShapeInference.Infer(layers));

        Assert.Equal("the network ends with shape 12, expected 10", ex.Message);
    }

    [Fact]
    public void RejectsBasicBlockChannelMismatch()
    {
        var ex = Assert.Throws<ZooSpecException>(() => ShapeInference.Infer(Conv2dNet(
            new ConvSpec(2, 1, 12, [28, 28], Bias: true), new BasicBlockSpec(13), new ViewSpec(new Shape(12)), new LinearSpec(12, 10, false))));

        Assert.Equal("layer 2 (BasicBlock): input 12 × 1 × 1 does not match channels 13", ex.Message);
    }

    [Fact]
    public void RejectsInputShapeDifferentFromFirstView()
    {
        var network = Conv2dNet(new ConvSpec(2, 1, 10, [28, 28], Bias: true), new ViewSpec(new Shape(10))) with { InputShape = new Shape(784) };

        var ex = Assert.Throws<ZooSpecException>(() => ShapeInference.Infer(network));

        Assert.Contains("input_shape 784 does not match the first view's output 1 × 28 × 28", ex.Message);
    }
}
