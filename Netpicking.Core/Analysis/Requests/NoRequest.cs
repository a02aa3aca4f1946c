namespace Netpicking.Core.Analysis;

/// <summary>The request of an analysis that takes no inputs beyond its scope (the best network, the baseline).</summary>
public sealed record NoRequest
{
    public static NoRequest Instance { get; } = new();

    public static NoRequest Read(RequestValues values) => Instance;
}
