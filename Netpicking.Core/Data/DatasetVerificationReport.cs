using System.Collections.Immutable;

namespace Netpicking.Core.Data;

/// <summary>What <c>data verify</c> found for one dataset folder.</summary>
public sealed record DatasetVerificationReport(
    string Dataset,
    string Folder,
    DatasetSource? Source,
    ImmutableArray<FileVerification> Files,
    ImmutableArray<SplitVerification> Splits)
{
    public bool AllPassed => Files.All(file => file.Ok) && Splits.All(split => split.Ok);
}
