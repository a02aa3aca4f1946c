namespace Netpicking.Tests.Functional;

/// <summary>
/// Hangfire's configuration is process-global: test classes that boot the app share this collection so
/// their hosts never run in parallel (docs/engineering.md#hangfire-re-runs-jobs).
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppCollection
{
    public const string Name = "App";
}
