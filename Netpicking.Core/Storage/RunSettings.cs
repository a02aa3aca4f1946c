namespace Netpicking.Core.Storage;

/// <summary>How a network is trained (product.md 3). <paramref name="TrainSize"/> null = the full training set.</summary>
public sealed record RunSettings(
    string Name,
    int Epochs,
    int TestEvery,
    double LearningRate,
    int TrainBatchSize,
    int? TrainSize,
    int Seed,
    bool IsBuiltIn = false)
{
    public const int FullTrainSize = 60_000;
    public const int MinTrainSize = 10;

    /// <summary>The epochs that are tested: every <see cref="TestEvery"/>-th one (1-based).</summary>
    public bool IsTestedEpoch(int epoch) => epoch >= 1 && epoch <= Epochs && epoch % TestEvery == 0;
}
