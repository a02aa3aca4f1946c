namespace Netpicking.Core.Data;

/// <summary>A folder that holds (or, as a search candidate, may hold) the four files of a dataset.</summary>
public sealed record DatasetLocation(DatasetInfo Info, string Folder, DatasetSource Source);
