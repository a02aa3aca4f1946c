using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;

namespace Netpicking.Core.Storage.Configurations;

public sealed class DatasetConfiguration : IEntityTypeConfiguration<DatasetEntity>
{
    public void Configure(EntityTypeBuilder<DatasetEntity> builder)
    {
        builder.ToTable("Datasets");
        builder.Property(d => d.Key).HasMaxLength(64);
        builder.Property(d => d.DisplayName).HasMaxLength(200);
        builder.HasIndex(d => d.Key).IsUnique();

        // The two datasets the product names; other IDX folders are added at run time.
        builder.HasData(
            new DatasetEntity { Id = 1, Key = "mnist", DisplayName = "MNIST" },
            new DatasetEntity { Id = 2, Key = "fashion-mnist", DisplayName = "Fashion-MNIST" });
    }
}
