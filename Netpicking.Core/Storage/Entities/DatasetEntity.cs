namespace Netpicking.Core.Storage.Entities;

public sealed class DatasetEntity
{
    public int Id { get; set; }

    /// <summary>Stable key used in paths, URLs and the command line, e.g. "mnist".</summary>
    public required string Key { get; set; }

    public required string DisplayName { get; set; }
}
