namespace Netpicking.Core.Data;

/// <summary>A dataset read into memory: both splits, the registry entry, and the folder it came from.</summary>
public sealed record LoadedDataset(DatasetInfo Info, ImageSet Train, ImageSet Test, string Folder)
{
    public Normalisation Normalisation => Info.Normalisation;
}
