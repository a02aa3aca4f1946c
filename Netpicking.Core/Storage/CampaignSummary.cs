using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

public sealed record CampaignSummary(
    int Id,
    string? Label,
    string ZooName,
    string RunSettingsName,
    string DatasetKey,
    CampaignState State,
    DateTime CreatedAt,
    CampaignProgress Progress);
