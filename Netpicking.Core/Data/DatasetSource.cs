namespace Netpicking.Core.Data;

/// <summary>Where a dataset folder was found, in the resolution order of docs/product.md#data.</summary>
public enum DatasetSource
{
    ConfiguredFolder,
    EnvironmentVariable,
    DataFolder,
    Downloaded,
}
