using System.Collections.Concurrent;
using Netpicking.Core.Zoo;

namespace Netpicking.Web.Services;

/// <summary>The zoos the dashboard can show, with their table rows computed once per zoo.</summary>
public sealed class ZooDirectory
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ZooRow>> rows = new();

    public string DefaultZoo => ZooCatalog.Default.DefaultName;

    public IReadOnlyList<string> ZooNames => ZooCatalog.Default.Names;

    public IReadOnlyList<ZooRow> Rows(string zoo) => rows.GetOrAdd(zoo, name =>
        ZooCatalog.Default.Get(name).Networks.Select(ToRow).ToList());

    public NetworkSpec? Find(string zoo, int id) =>
        ZooCatalog.Default.Contains(zoo) && ZooCatalog.Default.Get(zoo).TryGetById(id, out var spec) ? spec : null;

    private static ZooRow ToRow(NetworkSpec spec)
    {
        var metrics = StaticMetricsCalculator.Compute(spec);
        return new ZooRow(spec.Id, spec.Name, spec.Group, spec.Form, spec.Activation, metrics.Depth,
            metrics.Params, metrics.MemoryElements, (int)metrics.Ops, metrics.Layers);
    }
}
