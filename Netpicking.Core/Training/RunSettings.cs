namespace Netpicking.Core.Training;

/// <summary>
/// How a network is trained (docs/product.md#run-settings), stored with every result. <paramref name="TrainSize"/> null
/// means the full training set; otherwise a seeded, class-balanced subset of that size.
/// </summary>
public sealed record RunSettings(
    string Name,
    int Epochs,
    int TestEvery,
    double LearningRate,
    int TrainBatchSize = 25,
    int? TrainSize = null,
    int Seed = 42,
    bool IsBuiltIn = false)
{
    public const int FullTrainSize = 60_000;
    public const int MinTrainSize = 10;
    public const int MaxNameLength = 64;

    public static RunSettings T1 { get; } = new("t1", 4, 1, 0.002, IsBuiltIn: true);
    public static RunSettings T2 { get; } = new("t2", 8, 2, 0.001, IsBuiltIn: true);
    public static RunSettings T3 { get; } = new("t3", 16, 4, 0.0005, IsBuiltIn: true);
    public static RunSettings Quick { get; } = new("quick", 2, 1, 0.002, TrainSize: 6_000, IsBuiltIn: true);

    public static IReadOnlyList<RunSettings> BuiltIn { get; } = [T1, T2, T3, Quick];

    /// <summary>Every <see cref="TestEvery"/>-th epoch (1-based) is tested, and always the last one.</summary>
    public bool IsTestedEpoch(int epoch) => epoch >= 1 && epoch <= Epochs && (epoch % TestEvery == 0 || epoch == Epochs);

    public IEnumerable<int> TestedEpochs => Enumerable.Range(1, Math.Max(Epochs, 0)).Where(IsTestedEpoch);

    /// <summary>What is wrong with these settings, in plain words; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("Run settings need a name.");
        }
        else if (Name.Length > MaxNameLength)
        {
            problems.Add($"A run settings name must be at most {MaxNameLength} characters.");
        }

        if (Epochs < 1)
        {
            problems.Add($"Epochs must be at least 1 (got {Epochs}).");
        }

        if (TestEvery < 1 || TestEvery > Math.Max(Epochs, 1))
        {
            problems.Add($"Test every must be between 1 and the number of epochs, {Epochs} (got {TestEvery}).");
        }

        if (!(LearningRate > 0) || !double.IsFinite(LearningRate))
        {
            problems.Add($"The learning rate must be greater than 0 (got {LearningRate}).");
        }

        if (TrainBatchSize < 1)
        {
            problems.Add($"The train batch size must be at least 1 (got {TrainBatchSize}).");
        }

        if (TrainSize is < MinTrainSize or > FullTrainSize)
        {
            problems.Add($"The training-set size must be empty (the full {FullTrainSize:N0}) or between {MinTrainSize} " +
                         $"and {FullTrainSize:N0} (got {TrainSize}).");
        }

        return problems;
    }
}
