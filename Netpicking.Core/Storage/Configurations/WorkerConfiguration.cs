using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;

namespace Netpicking.Core.Storage.Configurations;

public sealed class WorkerConfiguration : IEntityTypeConfiguration<WorkerEntity>
{
    public void Configure(EntityTypeBuilder<WorkerEntity> builder)
    {
        builder.ToTable("Workers");
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.Host).HasMaxLength(200);
        builder.HasIndex(w => w.Name).IsUnique();
    }
}
