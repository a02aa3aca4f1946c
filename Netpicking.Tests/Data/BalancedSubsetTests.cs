using Netpicking.Core.Data;

using Netpicking.Core.Common;

namespace Netpicking.Tests.Data;

public class BalancedSubsetTests
{
    private static readonly byte[] UnevenLabels = MakeUnevenLabels();

    [Fact]
    public void GivesEqualCountPerClass()
    {
        var indices = BalancedSubset.Select(UnevenLabels, 150, seed: 42);

        Assert.Equal(150, indices.Distinct().Count());
        Assert.All(ImageSet.CountClasses(indices.Select(i => UnevenLabels[i]).ToArray()), count => Assert.Equal(15, count));
    }

    [Fact]
    public void IsDeterministicForSeed()
    {
        Assert.Equal(BalancedSubset.Select(UnevenLabels, 500, 7), BalancedSubset.Select(UnevenLabels, 500, 7));
        Assert.NotEqual(BalancedSubset.Select(UnevenLabels, 500, 7), BalancedSubset.Select(UnevenLabels, 500, 8));
    }

    [Fact]
    public void ReturnsIndicesInFileOrder()
    {
        var indices = BalancedSubset.Select(UnevenLabels, 300, 1);

        Assert.Equal(indices.Order(), indices);
    }

    [Fact]
    public void GivesShortClassAllItHasAndSpreadsTheRest()
    {
        // Class 9 has only 20 images (see MakeUnevenLabels); the 30 it cannot give go to the other classes.
        var counts = ImageSet.CountClasses(BalancedSubset.Select(UnevenLabels, 500, 3).Select(i => UnevenLabels[i]).ToArray());

        Assert.Equal(20, counts[9]);
        Assert.Equal(480, counts.Take(9).Sum());
        Assert.True(counts.Take(9).Max() - counts.Take(9).Min() <= 1);
    }

    [Fact]
    public void SpreadsRemainderOneEach()
    {
        var counts = ImageSet.CountClasses(BalancedSubset.Select(UnevenLabels, 205, 5).Select(i => UnevenLabels[i]).ToArray());

        Assert.Equal(205, counts.Sum());
        Assert.Equal(5, counts.Count(c => c == 21));
        Assert.Equal(5, counts.Count(c => c == 20));
    }

    [Fact]
    public void FullSizeTakesEverything()
    {
        Assert.Equal(Enumerable.Range(0, UnevenLabels.Length), BalancedSubset.Select(UnevenLabels, UnevenLabels.Length, 9));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(2000)]
    public void RejectsImpossibleSize(int size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BalancedSubset.Select(UnevenLabels, size, 1));
    }

    [Fact]
    public void SplitMix64MatchesReferenceSequence()
    {
        // First output of the reference C implementation (Vigna) for seed 0.
        Assert.Equal(0xE220A8397B1DCDAFUL, new SplitMix64(0).NextUInt64());
    }

    [Fact]
    public void ImageSetSelectCopiesChosenImages()
    {
        var set = new ImageSet([.. Enumerable.Range(0, 5).SelectMany(i => Enumerable.Repeat(IdxTestFiles.PixelOf(i), 784))], [0, 1, 2, 3, 4]);

        var subset = set.Select([4, 1]);

        Assert.Equal([4, 1], subset.Labels);
        Assert.Equal(IdxTestFiles.PixelOf(4), subset.Image(0)[783]);
        Assert.Equal(IdxTestFiles.PixelOf(1), subset.Image(1)[0]);
    }

    private static byte[] MakeUnevenLabels()
    {
        // 100 images each of classes 0–8 and 20 of class 9, interleaved.
        var labels = new List<byte>();
        for (var i = 0; i < 100; i++)
        {
            for (byte c = 0; c < 9; c++)
            {
                labels.Add(c);
            }

            if (i < 20)
            {
                labels.Add(9);
            }
        }

        return [.. labels];
    }
}
