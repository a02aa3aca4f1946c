using System.Collections.Concurrent;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Zoo;

namespace Netpicking.Web.Services;

/// <summary>
/// The zoos the dashboard can show — built-in and imported, as <see cref="ZooResolver"/> finds them for training — with
/// their table rows computed once per zoo (a zoo never changes once stored).
/// </summary>
public sealed class ZooDirectory(ZooResolver resolver)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ZooRow>> rows = new(StringComparer.Ordinal);

    public string DefaultZoo => ZooCatalog.Default.DefaultName;

    /// <summary>The built-in zoos, then the imported ones by name.</summary>
    public Task<IReadOnlyList<string>> ZooNamesAsync(CancellationToken cancellationToken = default) =>
        resolver.NamesAsync(cancellationToken);

    /// <summary>The zoo's networks as table rows, or null when there is no such zoo.</summary>
    public async Task<IReadOnlyList<ZooRow>?> RowsAsync(string zoo, CancellationToken cancellationToken = default)
    {
        if (rows.TryGetValue(zoo, out var cached))
        {
            return cached;
        }

        return await resolver.FindAsync(zoo, cancellationToken) is { } found
            ? rows.GetOrAdd(zoo, _ => found.Networks.Select(ToRow).ToList())
            : null;
    }

    /// <summary>The network of that id in the zoo, or null when the zoo or the id is unknown.</summary>
    public async Task<NetworkSpec?> FindAsync(string zoo, int id, CancellationToken cancellationToken = default) =>
        await resolver.FindAsync(zoo, cancellationToken) is { } found && found.TryGetById(id, out var spec) ? spec : null;

    private static ZooRow ToRow(NetworkSpec spec)
    {
        var metrics = StaticMetricsCalculator.Compute(spec);
        return new ZooRow(spec.Id, spec.Name, spec.Group, spec.Form, spec.Activation, metrics.Depth,
            metrics.Params, metrics.MemoryElements, (int)metrics.Ops, metrics.Layers);
    }
}
