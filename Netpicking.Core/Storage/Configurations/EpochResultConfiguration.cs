using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Conversions;
using Netpicking.Core.Storage.Entities;

namespace Netpicking.Core.Storage.Configurations;

public sealed class EpochResultConfiguration : IEntityTypeConfiguration<EpochResultEntity>
{
    public void Configure(EntityTypeBuilder<EpochResultEntity> builder)
    {
        builder.ToTable("EpochResults");
        builder.HasKey(e => new { e.TrainingId, e.Epoch });
        builder.HasOne<TrainingEntity>().WithMany().HasForeignKey(e => e.TrainingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.ClassRecall).HasConversion<FloatArrayToBytesConverter, ArrayValueComparer<float>>();
        builder.Property(e => e.ClassAuc).HasConversion<FloatArrayToBytesConverter, ArrayValueComparer<float>>();
        builder.Property(e => e.ConfusionMatrix).HasConversion<Int32ArrayToBytesConverter, ArrayValueComparer<int>>();
    }
}
