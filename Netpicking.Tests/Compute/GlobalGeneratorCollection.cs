namespace Netpicking.Tests.Compute;

/// <summary>
/// Tests that compare weights drawn from libtorch's process-wide generator run alone: any other test drawing from it
/// at the same moment (a torch.randn without a generator) would change what they draw.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GlobalGeneratorCollection
{
    public const string Name = "libtorch's global generator";
}
