using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;

namespace Netpicking.Core.Storage.Configurations;

public sealed class NetworkConfiguration : IEntityTypeConfiguration<NetworkEntity>
{
    public void Configure(EntityTypeBuilder<NetworkEntity> builder)
    {
        builder.ToTable("Networks");
        builder.Property(n => n.Name).HasMaxLength(200);
        builder.Property(n => n.Group).HasMaxLength(64);
        builder.Property(n => n.Form).HasMaxLength(64);
        builder.Property(n => n.Activation).HasMaxLength(16);
        builder.HasOne(n => n.Zoo).WithMany(z => z.Networks).HasForeignKey(n => n.ZooId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.ZooId, n.ZooNetworkId }).IsUnique();
        builder.HasIndex(n => new { n.ZooId, n.Name }).IsUnique();
    }
}
