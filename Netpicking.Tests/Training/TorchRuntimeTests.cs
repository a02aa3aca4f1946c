using TorchSharp;

namespace Netpicking.Tests.Training;

public class TorchRuntimeTests
{
    [Fact]
    public void TorchSharpLoadsAndComputes()
    {
        using var a = torch.ones(2, 3);
        using var sum = a.sum();
        Assert.Equal(6f, sum.item<float>());
    }
}
