namespace Netpicking.Core.Common;

/// <summary>
/// A tiny seeded generator (SplitMix64). Used instead of System.Random wherever a stored result depends
/// on the sequence, so that results never change with the .NET runtime.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public static SplitMix64 Of(params long[] parts)
    {
        ulong seed = 0x9E3779B97F4A7C15;
        foreach (var part in parts)
        {
            seed = Mix(seed ^ (ulong)part);
        }

        return new SplitMix64(seed);
    }

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15;
        return Mix(state);
    }

    /// <summary>Uniform integer in [0, <paramref name="exclusiveMax"/>).</summary>
    public int Next(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        return (int)(NextUInt64() % (ulong)exclusiveMax);
    }

    /// <summary>Uniform integer in [<paramref name="min"/>, <paramref name="inclusiveMax"/>].</summary>
    public int Next(int min, int inclusiveMax) => min + Next(inclusiveMax - min + 1);

    /// <summary>Uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
