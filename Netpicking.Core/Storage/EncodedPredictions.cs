namespace Netpicking.Core.Storage;

/// <summary>
/// The predictions of one tested epoch in their stored form (see <see cref="PredictionCodec"/>):
/// float16 log-probabilities, image-major, and the exact argmax, one byte per image.
/// </summary>
public sealed record EncodedPredictions(byte[] LogProbabilities, byte[] Argmax)
{
    public int ImageCount => Argmax.Length;
}
