using Netpicking.Core.Analysis;

namespace Netpicking.Core.Storage;

/// <summary>
/// Which population to load: a dataset and run settings (by key and name), the epoch (null: the last tested epoch
/// that has results), the score analyses judge by (accuracy when null), and optionally one zoo (null: every zoo
/// trained under that scope; network ids are only unique within a zoo, so mixing zoos is for single-zoo stores).
/// </summary>
public sealed record PopulationRequest(
    string DatasetKey,
    string RunSettingsName,
    int? Epoch = null,
    ScoreSelector? Score = null,
    string? ZooName = null,
    ProbabilityLoading Probabilities = ProbabilityLoading.None);
