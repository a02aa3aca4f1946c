namespace Netpicking.Core.Imports;

/// <summary>A zoo stored from an upload.</summary>
public sealed record ZooImportResult(string ZooName, int Networks, long LargestParams);
