namespace Netpicking.Core.Analysis;

/// <summary>The scores of one family's networks at one tested epoch (networks missing the epoch are left out).</summary>
public sealed record EpochBox(string Family, int Epoch, BoxStats Stats);
