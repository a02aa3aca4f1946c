namespace Netpicking.Core.Analysis;

/// <summary>A class and the probability a network gave it.</summary>
public sealed record ClassProbability(int Class, float Probability);
