namespace Netpicking.Core.Analysis;

/// <summary>Score boxes per family and per family × activation (cells with no network are left out).</summary>
public sealed record ScoreBoxesResult(IReadOnlyList<GroupBox> ByFamily, IReadOnlyList<GroupBox> ByFamilyAndActivation);
