namespace Netpicking.Core.Storage.Entities;

/// <summary>
/// One network of a zoo. The spec is kept as its JSONL line so the store does not depend on how the
/// zoo records are serialised; the static metrics are copied into columns so analyses can sort and
/// filter on them without parsing specs.
/// </summary>
public sealed class NetworkEntity
{
    public int Id { get; set; }

    public int ZooId { get; set; }

    public ZooEntity? Zoo { get; set; }

    /// <summary>The network's id inside its zoo (the <c>id</c> of its JSONL line), not the row id.</summary>
    public int ZooNetworkId { get; set; }

    public required string Name { get; set; }

    public required string Group { get; set; }

    public required string Form { get; set; }

    public required string Activation { get; set; }

    public required string SpecLine { get; set; }

    public long Params { get; set; }

    public long MemoryElements { get; set; }

    public int Ops { get; set; }

    public int Layers { get; set; }

    public int Depth { get; set; }
}
