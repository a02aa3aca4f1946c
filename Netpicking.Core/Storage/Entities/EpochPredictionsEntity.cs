namespace Netpicking.Core.Storage.Entities;

/// <summary>
/// Per-image outputs of one tested epoch, in test-file order, as packed by <see cref="PredictionCodec"/>.
/// </summary>
public sealed class EpochPredictionsEntity
{
    public int TrainingId { get; set; }

    public int Epoch { get; set; }

    public int ImageCount { get; set; }

    /// <summary>ImageCount × 10 log-probabilities as little-endian float16.</summary>
    public required byte[] LogProbabilities { get; set; }

    /// <summary>One byte per image: the argmax of the float32 log-probabilities, before rounding.</summary>
    public required byte[] Argmax { get; set; }
}
