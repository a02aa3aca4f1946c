namespace Netpicking.Core.Analysis;

/// <summary>One timed step of <c>bench analyze</c>; the name starts with the analysis's number.</summary>
public sealed record BenchmarkStep(string Name, Action Run);
