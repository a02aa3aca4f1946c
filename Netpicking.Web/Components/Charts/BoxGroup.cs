namespace Netpicking.Web.Components.Charts;

/// <summary>One box of a box plot: its label, the family whose colour it wears, and its members (snapshot indices).</summary>
public sealed record BoxGroup(string Label, string Family, IReadOnlyList<int> Members);
