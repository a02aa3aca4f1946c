namespace Netpicking.Core.Export;

/// <summary>A dataset × run settings pair that has test results, with its tested epochs that have them (ascending).</summary>
internal sealed record ResultScope(string Dataset, string RunSettings, IReadOnlyList<int> TestedEpochs)
{
    public string Describe() => $"{Dataset} / {RunSettings}";
}
