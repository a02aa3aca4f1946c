using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;

namespace Netpicking.Core.Storage.Configurations;

public sealed class CampaignTrainingConfiguration : IEntityTypeConfiguration<CampaignTrainingEntity>
{
    public void Configure(EntityTypeBuilder<CampaignTrainingEntity> builder)
    {
        builder.ToTable("CampaignTrainings");
        builder.HasKey(m => new { m.CampaignId, m.TrainingId });
        builder.HasOne(m => m.Campaign).WithMany(c => c.Members).HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Training).WithMany(t => t.Campaigns).HasForeignKey(m => m.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.TrainingId);
    }
}
