namespace Netpicking.Core.Analysis;

/// <summary>
/// An ensemble after <paramref name="Size"/> members, the last one <paramref name="Added"/> (a snapshot index);
/// <paramref name="TotalCost"/> sums the members' costs of the curve's or budget's cost kind.
/// </summary>
public sealed record EnsembleStep(int Size, int Added, double Accuracy, double TotalCost);
