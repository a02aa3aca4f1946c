using Netpicking.Core.Compute;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Compute;

public sealed class TunedEvaluationBatchesTests
{
    [Fact]
    public void TheFastestBatchIsChosenOncePerArchitectureAndRemembered()
    {
        using var folder = new TempFolder();
        var file = folder.Sub("evaluation.json");
        var network = ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Conv2dReLU_12");
        var timed = new List<int>();

        // 100 a call is fastest; every candidate is timed twice, interleaved.
        var chosen = new TunedEvaluationBatches(file).BatchFor(network, batch =>
        {
            timed.Add(batch);
            return batch == 100 ? 0.5 : 1.0;
        });

        Assert.Equal(100, chosen);
        Assert.Equal([25, 100, 500, 25, 100, 500], timed);
        Assert.Equal(100, new TunedEvaluationBatches(file).BatchFor(network, _ => throw new InvalidOperationException("measured again")));
    }

    [Fact]
    public void TheKeyIsTheArchitectureNotTheId()
    {
        var network = ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Conv3dTanh_14");

        Assert.Equal(TunedEvaluationBatches.Key(network), TunedEvaluationBatches.Key(network with { Id = 4242 }));
        Assert.NotEqual(TunedEvaluationBatches.Key(network), TunedEvaluationBatches.Key(ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "Conv3dTanh_13")));
    }
}
