namespace Netpicking.Core.Storage;

/// <summary>A zoo × dataset × run settings that holds tested epochs, and how many trainings have them.</summary>
public sealed record TestedScope(string Zoo, string Dataset, string RunSettings, int Trainings);
