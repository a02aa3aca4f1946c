namespace Netpicking.Tests.Compute;

/// <summary>
/// Tests that draw from libtorch's process-wide generator outside <c>NetworkModuleBuilder</c>'s gate (a seed of their
/// own, a module built by hand) run alone: another test drawing at the same moment would change what either draws.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GlobalGeneratorCollection
{
    public const string Name = "libtorch's global generator";
}
