using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Netpicking.Core.Zoo;

/// <summary>A named population of networks, in id order, with lookups by id and by name.</summary>
public sealed record ZooDefinition
{
    private readonly FrozenDictionary<int, NetworkSpec> byId;
    private readonly FrozenDictionary<string, NetworkSpec> byName;

    public ZooDefinition(string name, ImmutableArray<NetworkSpec> networks)
    {
        Name = name;
        Networks = networks;
        try
        {
            byId = networks.ToFrozenDictionary(n => n.Id);
            byName = networks.ToFrozenDictionary(n => n.Name, StringComparer.Ordinal);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"Zoo '{name}' has duplicate network ids or names.", nameof(networks), ex);
        }
    }

    public string Name { get; }

    public ImmutableArray<NetworkSpec> Networks { get; }

    public bool TryGetById(int id, out NetworkSpec network) => byId.TryGetValue(id, out network!);

    public bool TryGetByName(string name, out NetworkSpec network) => byName.TryGetValue(name, out network!);

    public NetworkSpec GetById(int id) =>
        TryGetById(id, out var network) ? network : throw new KeyNotFoundException($"Zoo '{Name}' has no network with id {id}.");

    public NetworkSpec GetByName(string name) =>
        TryGetByName(name, out var network) ? network : throw new KeyNotFoundException($"Zoo '{Name}' has no network named '{name}'.");

    public bool Equals(ZooDefinition? other) => other is not null && Name == other.Name && Networks.SequenceEqual(other.Networks);

    public override int GetHashCode() => HashCode.Combine(Name, Networks.Length);
}
