using System.Collections.Immutable;

namespace Netpicking.Core.Data;

/// <summary>
/// One split of a dataset in file order: <see cref="Pixels"/> holds all images contiguously
/// (image i is bytes i×784 … i×784+783, row-major), so the trainer can make one tensor of it.
/// Image index = position in the file.
/// </summary>
public sealed record ImageSet
{
    public ImageSet(byte[] pixels, byte[] labels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        if (pixels.Length != (long)labels.Length * DatasetInfo.PixelsPerImage)
        {
            throw new ArgumentException(
                $"{labels.Length} labels need {(long)labels.Length * DatasetInfo.PixelsPerImage} pixels, got {pixels.Length}.",
                nameof(pixels));
        }

        Pixels = pixels;
        Labels = labels;
    }

    public int Count => Labels.Length;

    /// <summary>Count × 784 bytes, 0–255.</summary>
    public byte[] Pixels { get; }

    /// <summary>Count bytes, 0–9.</summary>
    public byte[] Labels { get; }

    public ReadOnlySpan<byte> Image(int index) =>
        Pixels.AsSpan(checked(index * DatasetInfo.PixelsPerImage), DatasetInfo.PixelsPerImage);

    /// <summary>How many images of each class 0–9 the split holds.</summary>
    public ImmutableArray<int> ClassCounts() => CountClasses(Labels);

    /// <summary>How many of each class 0–9 a run of labels holds.</summary>
    public static ImmutableArray<int> CountClasses(ReadOnlySpan<byte> labels)
    {
        var counts = new int[DatasetInfo.ClassCount];
        foreach (var label in labels)
        {
            counts[label]++;
        }

        return [.. counts];
    }

    /// <summary>A seeded, class-balanced choice of <paramref name="size"/> image indices (see <see cref="BalancedSubset"/>).</summary>
    public int[] BalancedSubsetIndices(int size, long seed) => BalancedSubset.Select(Labels, size, seed);

    /// <summary>A new contiguous split of the given images, in the order given.</summary>
    public ImageSet Select(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var pixels = new byte[(long)indices.Count * DatasetInfo.PixelsPerImage];
        var labels = new byte[indices.Count];
        for (var i = 0; i < indices.Count; i++)
        {
            var index = indices[i];
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(indices), index, $"Image index must be 0 to {Count - 1}.");
            }

            Image(index).CopyTo(pixels.AsSpan(i * DatasetInfo.PixelsPerImage));
            labels[i] = Labels[index];
        }

        return new ImageSet(pixels, labels);
    }
}
