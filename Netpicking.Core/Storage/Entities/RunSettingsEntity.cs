using Netpicking.Core.Training;

namespace Netpicking.Core.Storage.Entities;

public sealed class RunSettingsEntity
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public int Epochs { get; set; }

    public int TestEvery { get; set; }

    public double LearningRate { get; set; }

    public int TrainBatchSize { get; set; }

    /// <summary>Size of the seeded, class-balanced training subset; null means the full training set.</summary>
    public int? TrainSize { get; set; }

    public int Seed { get; set; }

    public bool IsBuiltIn { get; set; }

    /// <summary>The entity for <paramref name="settings"/>; <paramref name="id"/> only for the seeded built-ins.</summary>
    public static RunSettingsEntity From(RunSettings settings, int id = 0) => new()
    {
        Id = id,
        Name = settings.Name,
        Epochs = settings.Epochs,
        TestEvery = settings.TestEvery,
        LearningRate = settings.LearningRate,
        TrainBatchSize = settings.TrainBatchSize,
        TrainSize = settings.TrainSize,
        Seed = settings.Seed,
        IsBuiltIn = settings.IsBuiltIn,
    };

    public RunSettings ToSettings() => new(Name, Epochs, TestEvery, LearningRate, TrainBatchSize, TrainSize, Seed, IsBuiltIn);
}
