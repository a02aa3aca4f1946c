using Netpicking.Core.Common;

namespace Netpicking.Core.Data;

/// <summary>
/// Chooses a class-balanced subset of a training split for run settings with fewer than all images
/// (e.g. <c>quick</c>: 6,000 = 600 per class). Deterministic for a seed on every machine.
/// </summary>
public static class BalancedSubset
{
    /// <summary>
    /// Returns <paramref name="size"/> distinct indices in ascending (file) order, as equal per class as the
    /// data allows: each class gets size/10, a class with too few images gives all it has and the shortfall
    /// goes to the others; the remainder of an uneven split goes to classes picked by the seed.
    /// </summary>
    public static int[] Select(ReadOnlySpan<byte> labels, int size, long seed)
    {
        if (size <= 0 || size > labels.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(size), size, $"A subset must hold 1 to {labels.Length} images.");
        }

        var byClass = new List<int>[DatasetInfo.ClassCount];
        for (var c = 0; c < byClass.Length; c++)
        {
            byClass[c] = [];
        }

        for (var i = 0; i < labels.Length; i++)
        {
            byClass[labels[i]].Add(i);
        }

        var random = new SplitMix64(unchecked((ulong)seed));
        var quotas = Quotas(byClass.Select(list => list.Count).ToArray(), size, random);

        var chosen = new List<int>(size);
        for (var c = 0; c < byClass.Length; c++)
        {
            // Partial Fisher–Yates: the first quota entries become a uniform sample of the class.
            var pool = byClass[c];
            for (var k = 0; k < quotas[c]; k++)
            {
                var j = k + random.NextInt(pool.Count - k);
                (pool[k], pool[j]) = (pool[j], pool[k]);
                chosen.Add(pool[k]);
            }
        }

        chosen.Sort();
        return [.. chosen];
    }

    private static int[] Quotas(int[] available, int size, SplitMix64 random)
    {
        var quotas = new int[available.Length];
        var remaining = size;
        // Water-filling: hand out equal shares to classes that still have images, until the size is reached.
        while (remaining > 0)
        {
            var open = Enumerable.Range(0, available.Length).Where(c => quotas[c] < available[c]).ToList();
            var share = remaining / open.Count;
            if (share == 0)
            {
                // Fewer images left than open classes: the seed decides which classes get one more.
                Shuffle(open, random);
                foreach (var c in open.Take(remaining))
                {
                    quotas[c]++;
                }

                break;
            }

            foreach (var c in open)
            {
                var add = Math.Min(share, available[c] - quotas[c]);
                quotas[c] += add;
                remaining -= add;
            }
        }

        return quotas;
    }

    private static void Shuffle(List<int> items, SplitMix64 random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
