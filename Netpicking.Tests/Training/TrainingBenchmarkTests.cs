using Netpicking.Core.Data;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Training;

public sealed class TrainingBenchmarkTests
{
    private static readonly Lazy<TrainingData> Mnist = new(() =>
        TrainingData.Create(DatasetLoader.ReadFolder(DatasetRegistry.Mnist, TestDatasets.Folder("mnist"))));

    [Fact]
    public void BasicHasPositiveThroughputAndAFiniteFallingLoss()
    {
        var options = new TrainingBenchmarkOptions(Steps: 20, Warmup: 2, Repetitions: 2);
        var basic = ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, 0);

        var result = new TrainingBenchmark(options).Measure(basic, Mnist.Value, TestContext.Current.CancellationToken);

        Assert.Equal("Basic", result.NetworkName);
        Assert.Equal(7_850, result.Parameters);
        Assert.Equal(2, result.RepetitionMicroseconds.Count);
        Assert.All(result.RepetitionMicroseconds, us => Assert.True(us > 0));
        Assert.True(result.SamplesPerSecond > 0 && double.IsFinite(result.SamplesPerSecond), $"samples/s {result.SamplesPerSecond}");
        Assert.True(double.IsFinite(result.FirstLoss) && double.IsFinite(result.LastLoss), $"loss {result.FirstLoss} → {result.LastLoss}");
        // 42 steps at lr 0.002 take Basic from chance (ln 10 ≈ 2.3) well below it.
        Assert.True(result.LastLoss < result.FirstLoss, $"loss {result.FirstLoss} → {result.LastLoss}");
    }

    [Fact]
    public void StandardNetworksAreBasicTheMedianConv2dAndResNetStyle75()
    {
        var zoo = ZooCatalog.Default.Get(ZooCatalog.Mnistk1001);

        var networks = TrainingBenchmark.StandardNetworks(zoo);

        Assert.Equal(["Basic", Families.Conv2d, Families.ResNet], networks.Select(n => n.Group));
        Assert.Equal(TrainingBenchmark.ResNetName, networks[2].Name);
        var conv2dParams = zoo.Networks.Where(n => n.Group == Families.Conv2d).Select(n => StaticMetricsCalculator.Compute(n).Params).ToList();
        var median = StaticMetricsCalculator.Compute(networks[1]).Params;
        Assert.True(conv2dParams.Count(p => p < median) <= conv2dParams.Count / 2, "more than half are smaller");
        Assert.True(conv2dParams.Count(p => p > median) <= conv2dParams.Count / 2, "more than half are larger");
    }

    [Fact]
    public void RejectsOptionsThatCannotBeMeasured()
    {
        var benchmark = new TrainingBenchmark(new TrainingBenchmarkOptions(Steps: 0));

        Assert.Throws<ArgumentException>(() => benchmark.Measure(ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, 0), null!, TestContext.Current.CancellationToken));
    }
}
