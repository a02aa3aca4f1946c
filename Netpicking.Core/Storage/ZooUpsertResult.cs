namespace Netpicking.Core.Storage;

public sealed record ZooUpsertResult(int ZooId, int Added, int Updated, int Unchanged);
