namespace Netpicking.Core.Analysis;

/// <summary>McNemar's test of two compared networks: <paramref name="First"/> and <paramref name="Second"/> are positions in the members.</summary>
public sealed record MemberPairTest(int First, int Second, PairedTest Test);
