using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;
using Netpicking.Core.Training;

namespace Netpicking.Core.Storage.Configurations;

public sealed class RunSettingsConfiguration : IEntityTypeConfiguration<RunSettingsEntity>
{
    public void Configure(EntityTypeBuilder<RunSettingsEntity> builder)
    {
        builder.ToTable("RunSettings");
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.HasIndex(r => r.Name).IsUnique();

        // docs/product.md#run-settings; seeded by the migration so every database has them under the same ids.
        builder.HasData(RunSettings.BuiltIn.Select((settings, index) => RunSettingsEntity.From(settings, id: index + 1)));
    }
}
