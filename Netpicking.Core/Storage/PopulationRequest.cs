using Netpicking.Core.Analysis;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Storage;

/// <summary>
/// Which population to load: a dataset and run settings (by key and name), the epoch (null: the last tested epoch
/// that has results), the score analyses judge by (accuracy when null), and the zoo (null: the default zoo). A snapshot
/// is always of one zoo, because network ids are unique only within a zoo.
/// </summary>
public sealed record PopulationRequest(
    string DatasetKey,
    string RunSettingsName,
    int? Epoch = null,
    ScoreSelector? Score = null,
    string? ZooName = null,
    ProbabilityLoading Probabilities = ProbabilityLoading.None)
{
    public string Zoo => ZooName ?? ZooCatalog.DefaultZooName;
}
