namespace Netpicking.Core.Training;

/// <summary>Torch threads per training job (one per job is fastest on CPU: docs/engineering.md#torch-threads).</summary>
public sealed record TrainerOptions(int Threads = 1, int EvaluationBatch = 1000, int ProgressEveryBatches = 20);
