namespace Netpicking.Core.Analysis;

/// <summary>
/// How a few networks (snapshot indices in <paramref name="Members"/>) differ image by image: the test images on which
/// their answers are not all the same (ascending), per member how many of those it got right and on how many it was the
/// only one right, and, among the images where they all agree, how many they all got right and all got wrong.
/// </summary>
public sealed record DisagreementResult(
    IReadOnlyList<int> Members,
    IReadOnlyList<int> Images,
    IReadOnlyList<int> RightOnDisagreements,
    IReadOnlyList<int> OnlyRight,
    int AgreeRight,
    int AgreeWrong)
{
    /// <summary>McNemar's test of every pair of members (first before second, in member order), on the same test images.</summary>
    public IReadOnlyList<MemberPairTest> Pairs { get; init; } = [];
}
