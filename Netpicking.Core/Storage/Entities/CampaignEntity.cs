using Netpicking.Core.Training;

namespace Netpicking.Core.Storage.Entities;

public sealed class CampaignEntity
{
    public int Id { get; set; }

    public int ZooId { get; set; }

    public ZooEntity? Zoo { get; set; }

    public int RunSettingsId { get; set; }

    public RunSettingsEntity? RunSettings { get; set; }

    public int DatasetId { get; set; }

    public DatasetEntity? Dataset { get; set; }

    public DateTime CreatedAt { get; set; }

    public CampaignState State { get; set; }

    public string? Label { get; set; }

    public List<CampaignTrainingEntity> Members { get; set; } = [];
}
