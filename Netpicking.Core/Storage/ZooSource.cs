namespace Netpicking.Core.Storage;

/// <summary>Where a zoo came from; stored as its name so the database stays readable by hand.</summary>
public enum ZooSource
{
    Builtin,
    Generated,
    Imported,
}
