namespace Netpicking.Core.Storage;

/// <summary>A dataset × run settings that holds tested epochs, and how many trainings have them.</summary>
public sealed record TestedScope(string Dataset, string RunSettings, int Trainings);
