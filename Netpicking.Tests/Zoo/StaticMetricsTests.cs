using Netpicking.Core.Zoo;

namespace Netpicking.Tests.Zoo;

public class StaticMetricsTests
{
    private static StaticMetrics Of(string name) => StaticMetricsCalculator.Compute(ReferenceZoo.Zoo.GetByName(name));

    [Fact]
    public void BasicMatchesProductSpec()
    {
        Assert.Equal(new StaticMetrics(7850, 1588, 4, 2, 1), Of("Basic"));
        Assert.Equal(1588 * 4, Of("Basic").MemoryBytes);
    }

    [Fact]
    public void ResNetStyle75MatchesProductSpec()
    {
        var metrics = Of("ResNetStyle_75");

        Assert.Equal(531_605, metrics.Params);
        Assert.Equal(254_083, metrics.MemoryElements);
        Assert.Equal(28, metrics.Ops);
        Assert.Equal(19, metrics.Layers);
    }

    [Fact]
    public void ComputesBasicBlock()
    {
        var network = new NetworkSpec(0, "ResNetStyle_1", Families.ResNet, "ResNetStyle", ActivationKind.ReLU, new Shape(1, 28, 28),
        [
            new ViewSpec(new Shape(1, 28, 28)),
            new ConvSpec(2, 1, 12, [28, 28], Bias: false),
            new ViewSpec(new Shape(12, 1, 1)),
            new BasicBlockSpec(12),
            new ViewSpec(new Shape(12)),
            new LinearSpec(12, 10, Bias: false),
            new LogSoftmaxSpec(),
        ]);

        var block = StaticMetricsCalculator.ComputeLayers(network)[3];

        Assert.Equal(18 * 144 + 4 * 12, block.Params);
        Assert.Equal(4 * 12, block.MemoryElements);
        Assert.Equal(7, block.Ops);
        Assert.Equal(5, block.LeafModules);
    }

    [Fact]
    public void ComputesLinearByHand()
    {
        // LinearReLU_2: view 784, Linear 784→68 bias, ReLU, Linear 68→10 no bias, LogSoftmax.
        // params 784·68 + 68 + 68·10 = 53312 + 68 + 680 = 54060
        // memory 784 + 784 + 68 + 68 + 10 + 10 = 1724; ops 1 + 2 + 1 + 2 + 1 = 7; layers 4; depth 2
        Assert.Equal(new StaticMetrics(54_060, 1724, 7, 4, 2), Of("LinearReLU_2"));
    }

    [Fact]
    public void ComputesConv1dByHand()
    {
        // Conv1dReLU_1: view 16×49, Conv1d 16→19 k37 bias → 19×13, ReLU, Conv1d 19→10 k13 → 10×1, view 10, LogSoftmax.
        // params 19·16·37 + 19 + 10·19·13 = 11248 + 19 + 2470 = 13737
        // memory 784 + 784 + 247 + 247 + 10 + 10 + 10 = 2092; ops 1 + 4 + 1 + 4 + 1 + 1 = 12; layers 4
        Assert.Equal(new StaticMetrics(13_737, 2092, 12, 4, 2), Of("Conv1dReLU_1"));
    }

    [Fact]
    public void ComputesConv2dByHand()
    {
        // Conv2dReLU_2: view 1×28×28, Conv2d 1→46 k23 → 46×6×6, ReLU, Conv2d 46→10 k6 → 10×1×1, view 10, LogSoftmax; no biases.
        // params 46·529 + 10·46·36 = 24334 + 16560 = 40894
        // memory 784 + 784 + 1656 + 1656 + 10 + 10 + 10 = 4910; ops 6; layers 4
        Assert.Equal(new StaticMetrics(40_894, 4910, 6, 4, 2), Of("Conv2dReLU_2"));
    }

    [Fact]
    public void ComputesConv3dByHand()
    {
        // Conv3dReLU_1: view 1×16×7×7, Conv3d 1→50 k6 → 50×11×2×2, ReLU, Conv3d 50→10 k11×2×2 → 10×1×1×1, view 10, LogSoftmax.
        // params 50·216 + 10·50·44 = 10800 + 22000 = 32800
        // memory 784 + 784 + 2200 + 2200 + 10 + 10 + 10 = 5998; ops 6; layers 4
        Assert.Equal(new StaticMetrics(32_800, 5998, 6, 4, 2), Of("Conv3dReLU_1"));
    }

    [Fact]
    public void ComputesConv1dThenLinearByHand()
    {
        // Conv1dThenLinear_23: view 16×49, Conv1d 16→26 k35 → 26×15, Sigmoid, view 390, Linear 390→10, LogSoftmax; no biases.
        // params 26·16·35 + 3900 = 14560 + 3900 = 18460
        // memory 784 + 784 + 390 + 390 + 390 + 10 + 10 = 2758; ops 1 + 4 + 1 + 1 + 2 + 1 = 10; layers 4
        Assert.Equal(new StaticMetrics(18_460, 2758, 10, 4, 2), Of("Conv1dThenLinear_23"));
    }

    [Fact]
    public void ComputesConv2dThenLinearByHand()
    {
        // Conv2dThenLinear_21: view 1×28×28, Conv2d 1→46 k26 → 46×3×3, Sigmoid, view 414, Linear 414→10, LogSoftmax; no biases.
        // params 46·676 + 4140 = 31096 + 4140 = 35236
        // memory 784 + 784 + 414·3 + 10 + 10 = 2830; ops 1 + 1 + 1 + 1 + 2 + 1 = 7; layers 4
        Assert.Equal(new StaticMetrics(35_236, 2830, 7, 4, 2), Of("Conv2dThenLinear_21"));
    }

    [Fact]
    public void ComputesConv3dThenLinearByHand()
    {
        // Conv3dThenLinear_23: view 1×16×7×7, Conv3d 1→23 k7 → 23×10×1×1, Sigmoid, view 230, Linear 230→10, LogSoftmax; no biases.
        // params 23·343 + 2300 = 7889 + 2300 = 10189
        // memory 784 + 784 + 230·3 + 10 + 10 = 2278; ops 7; layers 4
        Assert.Equal(new StaticMetrics(10_189, 2278, 7, 4, 2), Of("Conv3dThenLinear_23"));
    }

    [Fact]
    public void LayerRowsSumToNetworkMetrics()
    {
        var network = ReferenceZoo.Zoo.GetByName("ResNetStyle_75");
        var rows = StaticMetricsCalculator.ComputeLayers(network);

        Assert.Equal(network.Layers.Length, rows.Count);
        Assert.Equal(StaticMetricsCalculator.Compute(network), StaticMetricsCalculator.Sum(rows));
    }
}
