namespace Netpicking.Core.Data;

/// <summary>
/// Per-dataset pixel normalisation (docs/product.md#data): pixel/255, then (x − mean) / std.
/// Computed in float32 in that order so the values match torchvision's ToTensor + Normalize.
/// </summary>
public sealed record Normalisation(double Mean, double Std)
{
    public float Apply(byte pixel) => ((pixel / 255f) - (float)Mean) / (float)Std;

    /// <summary>Normalises a run of pixels (e.g. one image or a whole split) into <paramref name="destination"/>.</summary>
    public void Apply(ReadOnlySpan<byte> pixels, Span<float> destination)
    {
        if (destination.Length < pixels.Length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} values but {pixels.Length} pixels were given.", nameof(destination));
        }

        // A lookup table: there are only 256 pixel values, and it keeps the float arithmetic identical to Apply(byte).
        Span<float> table = stackalloc float[256];
        for (var value = 0; value < 256; value++)
        {
            table[value] = Apply((byte)value);
        }

        for (var i = 0; i < pixels.Length; i++)
        {
            destination[i] = table[pixels[i]];
        }
    }
}
