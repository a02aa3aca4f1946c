namespace Netpicking.Core.Benchmarks;

/// <summary>
/// The results store the benchmark wrote (or found already written, <paramref name="Reused"/>): its file, the run
/// settings its population is stored under, the epochs written and how long writing them took.
/// </summary>
public sealed record BenchmarkStore(
    string DatabasePath,
    string ZooName,
    string RunSettingsName,
    int Trainings,
    int EpochsWritten,
    bool Reused,
    double Seconds,
    long FileBytes);
