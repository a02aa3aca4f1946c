using System.Collections.Concurrent;
using System.Collections.Immutable;
using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Campaigns;

/// <summary>
/// Finds a zoo by name: a built-in one from the catalog, else one imported into the results store. An imported zoo
/// never changes once stored, so it is parsed once per process.
/// </summary>
public sealed class ZooResolver(ResultsStore store)
{
    private readonly ConcurrentDictionary<string, ZooDefinition> imported = new(StringComparer.Ordinal);

    public async Task<ZooDefinition?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        if (ZooCatalog.Default.Contains(name))
        {
            return ZooCatalog.Default.Get(name);
        }

        if (imported.TryGetValue(name, out var zoo))
        {
            return zoo;
        }

        if (await store.Catalog.GetZooSpecLinesAsync(name, cancellationToken) is not { Count: > 0 } lines)
        {
            return null;
        }

        zoo = new ZooDefinition(name, [.. lines.Select((line, index) => ZooJsonl.ReadLine(line, index + 1))]);
        return imported.GetOrAdd(name, zoo);
    }

    /// <summary>The built-in zoos, then the imported ones by name.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken = default) =>
        [.. ZooCatalog.Default.Names, .. await store.Catalog.ListZooNamesAsync(ZooSource.Imported, cancellationToken)];

    public static bool IsBuiltIn(string name) => ZooCatalog.Default.Contains(name);
}
