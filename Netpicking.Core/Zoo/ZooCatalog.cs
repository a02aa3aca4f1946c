using System.Collections.Frozen;

namespace Netpicking.Core.Zoo;

/// <summary>
/// The built-in zoos, shipped as embedded JSONL resources. Each is parsed once per process, on first
/// use, however many threads ask at the same time; the catalog itself holds no state, so it can be
/// registered as a singleton or created freely.
/// </summary>
public sealed class ZooCatalog
{
    public const string Mnistk1001 = "mnistk-1001";

    /// <summary>The default zoo of the app (docs/product.md#the-reference-zoo-mnistk-1001): a scope that names none means it.</summary>
    public const string DefaultZooName = Mnistk1001;

    private const string ResourcePrefix = "Netpicking.Core.Zoo.Catalogs.";

    private static readonly FrozenDictionary<string, Lazy<ZooDefinition>> BuiltIn = new[] { Mnistk1001 }
        .ToFrozenDictionary(name => name, name => new Lazy<ZooDefinition>(() => Load(name), LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal);

    public static ZooCatalog Default { get; } = new();

    /// <summary>The default zoo of the app (docs/product.md#the-reference-zoo-mnistk-1001).</summary>
    public string DefaultName => DefaultZooName;

    public IReadOnlyList<string> Names { get; } = [Mnistk1001];

    public bool Contains(string name) => BuiltIn.ContainsKey(name);

    public ZooDefinition Get(string name) =>
        BuiltIn.TryGetValue(name, out var zoo)
            ? zoo.Value
            : throw new KeyNotFoundException($"Unknown zoo '{name}'. Known zoos: {string.Join(", ", Names)}.");

    public NetworkSpec GetNetwork(string zooName, int id) => Get(zooName).GetById(id);

    public NetworkSpec GetNetwork(string zooName, string networkName) => Get(zooName).GetByName(networkName);

    /// <summary>The raw JSONL of a built-in zoo, byte for byte as shipped.</summary>
    public Stream OpenJsonl(string name)
    {
        if (!BuiltIn.ContainsKey(name))
        {
            throw new KeyNotFoundException($"Unknown zoo '{name}'. Known zoos: {string.Join(", ", Names)}.");
        }

        var resource = ResourcePrefix + name + ".jsonl";
        return typeof(ZooCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing from {typeof(ZooCatalog).Assembly.GetName().Name}.");
    }

    private static ZooDefinition Load(string name)
    {
        using var stream = Default.OpenJsonl(name);
        try
        {
            return new ZooDefinition(name, ZooJsonl.Read(stream));
        }
        catch (ZooFormatException ex)
        {
            throw new InvalidOperationException($"Built-in zoo '{name}' is invalid: {ex.Message}", ex);
        }
    }
}
