namespace Netpicking.Core.Data;

/// <summary>The check of one .gz file against the registry: present, size and MD5.</summary>
public sealed record FileVerification(
    DatasetFileKind Kind,
    string Path,
    long ExpectedSize,
    long? ActualSize,
    string ExpectedMd5,
    string? ActualMd5)
{
    public bool Exists => ActualSize is not null;

    public bool Ok => ActualSize == ExpectedSize && string.Equals(ActualMd5, ExpectedMd5, StringComparison.OrdinalIgnoreCase);
}
