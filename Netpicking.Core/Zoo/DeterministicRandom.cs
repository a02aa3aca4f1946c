namespace Netpicking.Core.Zoo;

/// <summary>
/// SplitMix64. The generator promises the same zoo for the same seed on every runtime and OS, which
/// <see cref="Random"/> does not (its algorithm is an implementation detail and has changed before).
/// </summary>
internal sealed class DeterministicRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>A stream that depends on every part of the key, so each network draws independently of the others.</summary>
    public static DeterministicRandom For(int seed, string stream, int index, int attempt)
    {
        var h = Mix((ulong)(uint)seed);
        h = Mix(h ^ Fnv1a(stream));
        h = Mix(h ^ (ulong)(uint)index);
        h = Mix(h ^ (ulong)(uint)attempt);
        return new DeterministicRandom(h);
    }

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>], both inclusive, without modulo bias.</summary>
    public int Next(int min, int max)
    {
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), $"Empty range {min}..{max}.");
        }

        var range = (ulong)((long)max - min + 1);
        var limit = ulong.MaxValue / range * range;
        ulong x;
        do
        {
            x = NextUInt64();
        }
        while (x >= limit);

        return (int)(min + (long)(x % range));
    }

    /// <summary>True with probability <paramref name="p"/>; uses 53 bits, exact in IEEE doubles everywhere.</summary>
    public bool Chance(double p) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < p;

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
