namespace Netpicking.Core.Storage.Entities;

public sealed class ZooEntity
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public ZooSource Source { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<NetworkEntity> Networks { get; set; } = [];
}
