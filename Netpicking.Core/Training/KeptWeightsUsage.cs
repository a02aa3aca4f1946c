namespace Netpicking.Core.Training;

/// <summary>How many kept weights files there are and how many bytes they take together.</summary>
public sealed record KeptWeightsUsage(int Files, long Bytes);
