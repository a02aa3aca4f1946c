namespace Netpicking.Core.Analysis;

/// <summary>One cost's boxes per family; <paramref name="LogAxis"/> says whether the plot should use a log axis.</summary>
public sealed record CostBoxes(CostKind Cost, bool LogAxis, IReadOnlyList<GroupBox> ByFamily);
