namespace Netpicking.Core.Common;

/// <summary>
/// A tiny deterministic PRNG (Steele, Lea and Flood's SplitMix64). Used instead of System.Random, whose
/// seeded sequence is an implementation detail that .NET may change, because subsets, shuffles and
/// generated zoos chosen from a seed are stored with results and must be reproducible on every runtime.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong state = seed;

    /// <summary>A generator seeded from several numbers (e.g. the run seed and the epoch).</summary>
    public static SplitMix64 Of(params long[] parts)
    {
        var seed = Gamma;
        foreach (var part in parts)
        {
            seed = Mix(seed ^ (ulong)part);
        }

        return new SplitMix64(seed);
    }

    /// <summary>
    /// A stream that depends on every part of the key (e.g. seed, form, index, attempt), so each
    /// generated network draws independently of the others.
    /// </summary>
    public static SplitMix64 For(int seed, string stream, int index, int attempt)
    {
        var h = Mix((ulong)(uint)seed);
        h = Mix(h ^ Fnv1a(stream));
        h = Mix(h ^ (ulong)(uint)index);
        h = Mix(h ^ (ulong)(uint)attempt);
        return new SplitMix64(h);
    }

    public ulong NextUInt64()
    {
        state += Gamma;
        return Mix(state);
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        // Reject the top sliver of the 64-bit range that would make some results more likely than others.
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong value;
        do
        {
            value = NextUInt64();
        }
        while (value >= limit);

        return (int)(value % bound);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int NextInt(int min, int maxInclusive) => min + NextInt(maxInclusive - min + 1);

    /// <summary>A uniform double in [0, 1); 53 bits, exact in IEEE doubles everywhere.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return hash;
    }
}
