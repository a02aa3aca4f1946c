namespace Netpicking.Core.Training;

/// <summary>How a network is trained (product.md 3). <see cref="TrainSize"/> null means the full training set.</summary>
public sealed record RunSettings(
    string Name,
    int Epochs,
    int TestEvery,
    double LearningRate,
    int BatchSize = 25,
    int? TrainSize = null,
    int Seed = 42)
{
    /// <summary>Every k-th epoch is tested, and always the last one.</summary>
    public bool IsTested(int epoch) => epoch % TestEvery == 0 || epoch == Epochs;

    public IEnumerable<int> TestedEpochs => Enumerable.Range(1, Epochs).Where(IsTested);

    /// <summary>Plain-words problems with these settings; empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("The run settings need a name.");
        }

        if (Epochs < 1)
        {
            problems.Add($"Epochs must be at least 1 (got {Epochs}).");
        }

        if (TestEvery < 1 || TestEvery > Math.Max(Epochs, 1))
        {
            problems.Add($"Test every must be between 1 and the number of epochs (got {TestEvery}).");
        }

        if (!(LearningRate > 0) || double.IsInfinity(LearningRate))
        {
            problems.Add($"The learning rate must be a positive number (got {LearningRate}).");
        }

        if (BatchSize < 1)
        {
            problems.Add($"The batch size must be at least 1 (got {BatchSize}).");
        }

        if (TrainSize is < 10 or > 60_000)
        {
            problems.Add($"The training-set size must be between 10 and 60,000 images (got {TrainSize}).");
        }

        return problems;
    }

    public static RunSettings T1 { get; } = new("t1", 4, 1, 0.002);
    public static RunSettings T2 { get; } = new("t2", 8, 2, 0.001);
    public static RunSettings T3 { get; } = new("t3", 16, 4, 0.0005);
    public static RunSettings Quick { get; } = new("quick", 2, 1, 0.002, TrainSize: 6_000);

    public static IReadOnlyList<RunSettings> BuiltIn { get; } = [T1, T2, T3, Quick];
}
