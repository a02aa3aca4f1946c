using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;

using Netpicking.Core.Training;

namespace Netpicking.Core.Storage.Configurations;

public sealed class TrainingConfiguration : IEntityTypeConfiguration<TrainingEntity>
{
    public void Configure(EntityTypeBuilder<TrainingEntity> builder)
    {
        builder.ToTable("Trainings");
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Device).HasMaxLength(64);
        builder.Property(t => t.LibraryVersion).HasMaxLength(64);
        builder.Property(t => t.WorkerName).HasMaxLength(200);
        builder.HasOne(t => t.Network).WithMany().HasForeignKey(t => t.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.RunSettings).WithMany().HasForeignKey(t => t.RunSettingsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Dataset).WithMany().HasForeignKey(t => t.DatasetId).OnDelete(DeleteBehavior.Restrict);

        // A network is trained at most once per scope; campaigns that overlap share the row.
        builder.HasIndex(t => new { t.NetworkId, t.RunSettingsId, t.DatasetId }).IsUnique();
        builder.HasIndex(t => new { t.RunSettingsId, t.DatasetId, t.Status });
    }
}
