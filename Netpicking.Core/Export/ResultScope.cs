using Netpicking.Core.Zoo;

namespace Netpicking.Core.Export;

/// <summary>A zoo × dataset × run settings that has test results, with its tested epochs that have them (ascending).</summary>
internal sealed record ResultScope(string Zoo, string Dataset, string RunSettings, IReadOnlyList<int> TestedEpochs)
{
    public string Describe() => Zoo == ZooCatalog.DefaultZooName ? $"{Dataset} / {RunSettings}" : $"{Zoo}: {Dataset} / {RunSettings}";
}
