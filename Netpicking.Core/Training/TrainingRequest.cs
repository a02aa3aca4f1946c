using Netpicking.Core.Zoo;

namespace Netpicking.Core.Training;

/// <summary>
/// One network to train. <paramref name="TrainIndices"/> selects the training images (all, or a balanced
/// subset); <paramref name="StoredEpochs"/> are already in the store and are not written again.
/// <paramref name="CheckpointFolder"/>, when set, keeps the state after each epoch so a killed job resumes.
/// <paramref name="FinalWeightsPath"/>, when set, receives the weights after the last epoch (<see cref="KeptWeights"/>).
/// </summary>
public sealed record TrainingRequest(
    NetworkSpec Network,
    RunSettings Settings,
    TrainingData Data,
    long[] TrainIndices,
    IReadOnlySet<int> StoredEpochs,
    string? CheckpointFolder = null,
    string? FinalWeightsPath = null);
