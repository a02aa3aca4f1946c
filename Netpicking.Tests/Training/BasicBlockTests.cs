using Netpicking.Core.Training;
using Netpicking.Tests.Compute;

namespace Netpicking.Tests.Training;

/// <summary>Builds a block outside <see cref="NetworkModuleBuilder"/>'s gate, so it draws from the global generator alone.</summary>
[Collection(GlobalGeneratorCollection.Name)]
public sealed class BasicBlockTests
{
    [Fact]
    public void BasicBlockHasEighteenCSquaredPlusFourCParameters()
    {
        using var block = new Core.Training.Modules.BasicBlock(35);
        Assert.Equal((18 * 35 * 35) + (4 * 35), NetworkModuleBuilder.CountParameters(block));
    }
}
