using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netpicking.Core.Storage.Entities;

namespace Netpicking.Core.Storage.Configurations;

public sealed class RunSettingsConfiguration : IEntityTypeConfiguration<RunSettingsEntity>
{
    public void Configure(EntityTypeBuilder<RunSettingsEntity> builder)
    {
        builder.ToTable("RunSettings");
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.HasIndex(r => r.Name).IsUnique();

        // product.md 3; seeded by the migration so every database has them under the same ids.
        builder.HasData(
            BuiltIn(1, "t1", epochs: 4, testEvery: 1, learningRate: 0.002, trainSize: null),
            BuiltIn(2, "t2", epochs: 8, testEvery: 2, learningRate: 0.001, trainSize: null),
            BuiltIn(3, "t3", epochs: 16, testEvery: 4, learningRate: 0.0005, trainSize: null),
            BuiltIn(4, "quick", epochs: 2, testEvery: 1, learningRate: 0.002, trainSize: 6_000));
    }

    private static RunSettingsEntity BuiltIn(int id, string name, int epochs, int testEvery, double learningRate, int? trainSize) =>
        new()
        {
            Id = id,
            Name = name,
            Epochs = epochs,
            TestEvery = testEvery,
            LearningRate = learningRate,
            TrainBatchSize = 25,
            TrainSize = trainSize,
            Seed = 42,
            IsBuiltIn = true,
        };
}
