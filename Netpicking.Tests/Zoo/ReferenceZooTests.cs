using Netpicking.Core.Zoo;

namespace Netpicking.Tests.Zoo;

public class ReferenceZooTests
{
    [Fact]
    public void AllNetworksParseAndValidate()
    {
        var networks = ZooJsonl.Read(new MemoryStream(ReferenceZoo.Bytes));

        Assert.Equal(1001, networks.Length);
        Assert.Equal(Enumerable.Range(0, 1001), networks.Select(n => n.Id));
        Assert.All(networks, n => ShapeInference.Infer(n));
    }

    [Fact]
    public void WriterRoundTripsFileByteForByte()
    {
        using var written = new MemoryStream();
        ZooJsonl.Write(ReferenceZoo.Zoo.Networks, written);

        Assert.Equal(ReferenceZoo.Bytes, written.ToArray());
    }

    [Fact]
    public void CompositionMatchesProductSpec()
    {
        var networks = ReferenceZoo.Zoo.Networks;
        var perGroup = networks.GroupBy(n => n.Group).ToDictionary(g => g.Key, g => g.Count());
        var perForm = networks.GroupBy(n => n.Form).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(1, perGroup[Families.Basic]);
        foreach (var family in new[] { Families.Linear, Families.Conv1d, Families.Conv2d, Families.Conv3d })
        {
            Assert.Equal(150, perGroup[family]);
            Assert.All(ZooGenerator.PlainForms, suffix => Assert.Equal(25, perForm[family + suffix]));
        }

        foreach (var family in new[] { Families.Conv1dThenLinear, Families.Conv2dThenLinear, Families.Conv3dThenLinear, Families.ResNet })
        {
            Assert.Equal(100, perGroup[family]);
        }

        Assert.Equal(100, perForm[ZooGenerator.ResNetForm]);
        Assert.All(networks, n => Assert.True(Enum.IsDefined(n.Activation)));
        Assert.All(networks.Where(n => n.Group == Families.ResNet), n => Assert.Equal(ActivationKind.ReLU, n.Activation));
    }

    [Fact]
    public void IdsFollowOrdinalNameOrder()
    {
        var networks = ReferenceZoo.Zoo.Networks;

        Assert.Equal("Basic", networks[0].Name);
        var sorted = networks.Skip(1).Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, networks.Skip(1).Select(n => n.Name));
        Assert.Equal(Enumerable.Range(1, 1000), networks.Skip(1).Select(n => n.Id));
        Assert.Equal(["Conv1dBias_1", "Conv1dBias_10"], networks.Skip(1).Take(2).Select(n => n.Name));
    }

    [Fact]
    public void TotalsMatchIndependentCount()
    {
        // Obtained once with python3 over the JSONL (no C# involved):
        //   params per layer: Linear in*out(+out), ConvNd out*in*prod(kernel)(+out), BasicBlock 18*C*C+4*C;
        //   memory per network: 784 + prod(out) of every layer but flatten, 4x for BasicBlock;
        //   summed over all 1001 lines -> 158660769 params, 23470332 memory elements.
        var metrics = ReferenceZoo.Zoo.Networks.Select(StaticMetricsCalculator.Compute).ToList();

        Assert.Equal(158_660_769L, metrics.Sum(m => m.Params));
        Assert.Equal(23_470_332L, metrics.Sum(m => m.MemoryElements));
    }
}
