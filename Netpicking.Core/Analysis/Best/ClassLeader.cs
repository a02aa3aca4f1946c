namespace Netpicking.Core.Analysis;

/// <summary>
/// The network with the highest recall on one class (<paramref name="NetworkIndex"/> is the snapshot index), so a page
/// can say who beats the best network where it is not best.
/// </summary>
public sealed record ClassLeader(int Class, int NetworkIndex, double Recall);
