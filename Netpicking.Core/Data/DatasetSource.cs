namespace Netpicking.Core.Data;

/// <summary>Where a dataset folder was found, in the resolution order of the product spec (section 2).</summary>
public enum DatasetSource
{
    ConfiguredFolder,
    EnvironmentVariable,
    DataFolder,
    Downloaded,
}
