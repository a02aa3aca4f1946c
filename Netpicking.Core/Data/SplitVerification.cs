using System.Collections.Immutable;

namespace Netpicking.Core.Data;

/// <summary>
/// The check of one split's contents: image and label counts (null where the file could not be read),
/// class counts 0–9 from the labels, and the reader's errors in plain words.
/// </summary>
public sealed record SplitVerification(
    string Split,
    int ExpectedCount,
    int? ImageCount,
    int? LabelCount,
    ImmutableArray<int> ClassCounts,
    ImmutableArray<string> Errors)
{
    public bool Ok => Errors.IsEmpty && ImageCount == ExpectedCount && LabelCount == ExpectedCount;
}
