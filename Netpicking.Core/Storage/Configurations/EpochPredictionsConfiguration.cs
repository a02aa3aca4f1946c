using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;

namespace Netpicking.Core.Storage.Configurations;

public sealed class EpochPredictionsConfiguration : IEntityTypeConfiguration<EpochPredictionsEntity>
{
    public void Configure(EntityTypeBuilder<EpochPredictionsEntity> builder)
    {
        builder.ToTable("EpochPredictions");
        builder.HasKey(p => new { p.TrainingId, p.Epoch });

        // No navigation either way: an epoch result must never drag its predictions along by accident.
        builder.HasOne<EpochResultEntity>().WithOne()
            .HasForeignKey<EpochPredictionsEntity>(p => new { p.TrainingId, p.Epoch })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
