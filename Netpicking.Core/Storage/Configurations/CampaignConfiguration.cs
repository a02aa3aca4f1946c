using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;

using Netpicking.Core.Training;

namespace Netpicking.Core.Storage.Configurations;

public sealed class CampaignConfiguration : IEntityTypeConfiguration<CampaignEntity>
{
    public void Configure(EntityTypeBuilder<CampaignEntity> builder)
    {
        builder.ToTable("Campaigns");
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Label).HasMaxLength(200);
        // Results outlive the bookkeeping that produced them: nothing cascades from zoo, settings or dataset.
        builder.HasOne(c => c.Zoo).WithMany().HasForeignKey(c => c.ZooId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.RunSettings).WithMany().HasForeignKey(c => c.RunSettingsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Dataset).WithMany().HasForeignKey(c => c.DatasetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CreatedAt);
    }
}
