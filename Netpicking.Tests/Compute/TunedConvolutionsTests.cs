using Netpicking.Core.Compute;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Data;

namespace Netpicking.Tests.Compute;

public sealed class TunedConvolutionsTests
{
    private static readonly ConvolutionShape Small = new(16, [49], 53, [14], 0, false);
    private static readonly ConvolutionShape Deep = new(53, [13, 4, 4], 12, [4, 4, 4], 0, true);

    [Fact]
    public void EachShapeIsMeasuredOnceAndRememberedForTheNextProcess()
    {
        using var folder = new TempFolder();
        var file = folder.Sub("compute", "convolutions.json");
        var first = new TunedConvolutions(file);

        var small = first.MethodFor(Small, 25, inputNeedsGradient: false);
        var deep = first.MethodFor(Deep, 25, inputNeedsGradient: true);
        var measured = first.MeasuringSeconds;
        first.MethodFor(Small, 25, inputNeedsGradient: false);

        Assert.True(measured > 0);
        Assert.Equal(measured, first.MeasuringSeconds);
        Assert.Equal(2, first.Choices.Count);

        // Another process on the same machine and path reads the choices instead of measuring again.
        var second = new TunedConvolutions(file);
        Assert.Equal(small, second.MethodFor(Small, 25, inputNeedsGradient: false));
        Assert.Equal(deep, second.MethodFor(Deep, 25, inputNeedsGradient: true));
        Assert.Equal(0, second.MeasuringSeconds);
    }

    [Fact]
    public void ADamagedFileOnlyCostsMeasuringAgain()
    {
        using var folder = new TempFolder();
        var file = folder.Sub("convolutions.json");
        File.WriteAllText(file, "{ not json");

        var tuned = new TunedConvolutions(file);
        tuned.MethodFor(Small, 25, inputNeedsGradient: false);

        Assert.True(tuned.MeasuringSeconds > 0);
        Assert.Contains("conv1d 16x49>53 k14 p0 n25", File.ReadAllText(file));
    }

    [Fact]
    public void EveryConvolutionOfANetworkIsPlannedInOrderWithWhetherItsInputNeedsAGradient()
    {
        var spec = ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "ResNetStyle_92");
        var recorder = new Recorder();

        Core.Training.NetworkModuleBuilder.Plan(spec, recorder, 25);

        // A first convolution, three BasicBlocks of two, a last convolution; only the first reads the input images.
        Assert.Equal(8, recorder.Calls.Count);
        Assert.Equal([false, true, true, true, true, true, true, true], recorder.Calls.Select(c => c.InputNeedsGradient));
        Assert.Equal(1, recorder.Calls[1].Shape.Padding);
        Assert.All(recorder.Calls, c => Assert.Equal(25, c.Batch));
    }

    private sealed class Recorder : IConvolutionPlanner
    {
        public List<(ConvolutionShape Shape, int Batch, bool InputNeedsGradient)> Calls { get; } = [];

        public ConvolutionMethod MethodFor(ConvolutionShape shape, int batch, bool inputNeedsGradient)
        {
            Calls.Add((shape, batch, inputNeedsGradient));
            return ConvolutionMethod.Aten;
        }
    }
}
