namespace Netpicking.Core.Analysis;

/// <summary>Boxes per family for each cost, in <see cref="CostKind"/> order, and the family × activation counts.</summary>
public sealed record CostDistributionsResult(IReadOnlyList<CostBoxes> Costs, FamilyActivationTable Counts);
