using Netpicking.Core.Analysis;

namespace Netpicking.Core.Export;

/// <summary>The population whose good networks vote, and the names of the dataset's classes.</summary>
public sealed record VotesExport(PopulationSnapshot Snapshot, IReadOnlyList<string> ClassNames);
