namespace Netpicking.Core.Training;

/// <summary>
/// How <see cref="TrainingBenchmark"/> measures: <paramref name="Warmup"/> untimed steps, then
/// <paramref name="Repetitions"/> timed runs of <paramref name="Steps"/> optimiser steps each, whose median is
/// reported. Batch, learning rate and seed default to the built-in run settings' (docs/product.md#run-settings).
/// </summary>
public sealed record TrainingBenchmarkOptions(
    int Steps = 30,
    int Warmup = 5,
    int Repetitions = 3,
    int Threads = 1,
    int BatchSize = 25,
    double LearningRate = 0.002,
    int Seed = 42)
{
    /// <summary>What is wrong with these options, in plain words; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Steps < 1)
        {
            problems.Add($"Steps must be at least 1 (got {Steps}).");
        }

        if (Warmup < 0)
        {
            problems.Add($"Warm-up steps must be 0 or more (got {Warmup}).");
        }

        if (Repetitions < 1)
        {
            problems.Add($"Repetitions must be at least 1 (got {Repetitions}).");
        }

        if (Threads < 1)
        {
            problems.Add($"Threads must be at least 1 (got {Threads}).");
        }

        if (BatchSize < 1)
        {
            problems.Add($"The batch size must be at least 1 (got {BatchSize}).");
        }

        if (!(LearningRate > 0) || !double.IsFinite(LearningRate))
        {
            problems.Add($"The learning rate must be greater than 0 (got {LearningRate}).");
        }

        return problems;
    }
}
