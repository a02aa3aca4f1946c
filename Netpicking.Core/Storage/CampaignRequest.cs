using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>
/// What to train: networks of a zoo (their ids inside the zoo; null = the whole zoo) under named run
/// settings on a dataset.
/// </summary>
public sealed record CampaignRequest(
    string ZooName,
    string RunSettingsName,
    string DatasetKey,
    IReadOnlyCollection<int>? NetworkIds = null,
    string? Label = null);
