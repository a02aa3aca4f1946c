namespace Netpicking.Core.Benchmarks;

/// <summary>
/// The size of the synthetic population <see cref="AnalysisBenchmark"/> builds: the first <paramref name="Networks"/>
/// networks of mnistk-1001, each tested at epochs 1 to <paramref name="Snapshots"/>, drawn with <paramref name="Seed"/>.
/// The number of test images is the number of labels passed in (10,000 for MNIST).
/// </summary>
public sealed record AnalysisBenchmarkOptions(int Networks = 1001, int Snapshots = 12, int Seed = 1)
{
    /// <summary>What is wrong with these options, in plain words; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems(int zooSize)
    {
        var problems = new List<string>();
        if (Networks < 1 || Networks > zooSize)
        {
            problems.Add($"Networks must be between 1 and {zooSize}, the size of the zoo (got {Networks}).");
        }

        if (Snapshots < 1)
        {
            problems.Add($"Snapshots must be at least 1 (got {Snapshots}).");
        }

        return problems;
    }
}
