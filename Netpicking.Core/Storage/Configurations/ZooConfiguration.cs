using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;

namespace Netpicking.Core.Storage.Configurations;

public sealed class ZooConfiguration : IEntityTypeConfiguration<ZooEntity>
{
    public void Configure(EntityTypeBuilder<ZooEntity> builder)
    {
        builder.ToTable("Zoos");
        builder.Property(z => z.Name).HasMaxLength(200);
        builder.Property(z => z.Source).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(z => z.Name).IsUnique();
    }
}
