namespace Netpicking.Core.Analysis;

/// <summary>A test image a network got wrong: its true class, the network's answer, and the share of the others that were right.</summary>
public sealed record WorstImage(int Image, int Truth, int Answer, double OthersRight);
