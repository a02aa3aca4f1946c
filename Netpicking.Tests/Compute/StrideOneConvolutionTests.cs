using Netpicking.Core.Compute;
using Netpicking.Core.Training;
using Netpicking.Core.Training.Modules;
using Netpicking.Core.Zoo;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Tests.Compute;

/// <summary>Our convolution module draws exactly the weights TorchSharp's convolutions draw, whatever its method.</summary>
[Collection(GlobalGeneratorCollection.Name)]
public sealed class StrideOneConvolutionTests
{
    [Fact]
    public void ItsParametersAndInitialWeightsAreThoseOfTorchSharpsConvolutions()
    {
        // Weights kept by one build load into the other, and the same seed draws the same weights.
        torch.manual_seed(11);
        using var reference = nn.Conv3d(15, 46, (5, 5, 5), bias: true);
        torch.manual_seed(11);
        using var ours = new StrideOneConvolution(15, 46, [5, 5, 5], 0, true, ConvolutionMethod.Gemm);

        var expected = reference.state_dict();
        var actual = ours.state_dict();
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, p => Assert.True(p.Value.shape.SequenceEqual(actual[p.Key].shape) && p.Value.eq(actual[p.Key]).all().item<bool>(), p.Key));
    }

    [Fact]
    public void TheMethodNeverChangesANetworksInitialWeights()
    {
        var spec = ZooCatalog.Default.GetNetwork(ZooCatalog.Mnistk1001, "ResNetStyle_75");
        using var aten = NetworkModuleBuilder.Build(spec, 42, FixedConvolutions.Aten);
        using var gemm = NetworkModuleBuilder.Build(spec, 42, FixedConvolutions.Gemm);

        var first = aten.state_dict();
        var second = gemm.state_dict();
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, p => Assert.True(p.Value.shape.SequenceEqual(second[p.Key].shape) && p.Value.eq(second[p.Key]).all().item<bool>(), p.Key));
    }

}
