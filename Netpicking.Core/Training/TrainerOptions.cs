using Netpicking.Core.Compute;

namespace Netpicking.Core.Training;

/// <summary>
/// Torch threads per training job (one per job is fastest on CPU: docs/engineering.md#torch-threads), images per forward pass when
/// testing (<paramref name="EvaluationBatches"/> measures the fastest per network; without it, <paramref name="EvaluationBatch"/>),
/// how often progress is reported, and how each convolution computes (null: libtorch's own everywhere).
/// </summary>
public sealed record TrainerOptions(
    int Threads = 1,
    int EvaluationBatch = TrainerOptions.DefaultEvaluationBatch,
    int ProgressEveryBatches = 20,
    IConvolutionPlanner? Convolutions = null,
    TunedEvaluationBatches? EvaluationBatches = null)
{
    public const int DefaultEvaluationBatch = 100;
}
