namespace Netpicking.Core.Images;

/// <summary>
/// A diverging colour scale for signed values on a symmetric range [−max, +max]: blue below zero, white at zero, red
/// above (the ends of ColorBrewer's RdBu), linear in RGB on each side, so equal magnitudes look equally strong.
/// </summary>
public static class DivergingScale
{
    public static readonly (byte R, byte G, byte B) Negative = (33, 102, 172);
    public static readonly (byte R, byte G, byte B) Zero = (255, 255, 255);
    public static readonly (byte R, byte G, byte B) Positive = (178, 24, 43);

    /// <summary>The colour of <paramref name="value"/>; beyond ±<paramref name="max"/> it stays at the end colour; max 0 is white.</summary>
    public static (byte R, byte G, byte B) Colour(double value, double max)
    {
        if (!(max > 0) || double.IsNaN(value))
        {
            return Zero;
        }

        var t = Math.Clamp(value / max, -1, 1);
        var end = t < 0 ? Negative : Positive;
        var a = Math.Abs(t);
        return (Mix(Zero.R, end.R, a), Mix(Zero.G, end.G, a), Mix(Zero.B, end.B, a));
    }

    /// <summary>A CSS hex colour, for legends.</summary>
    public static string Css((byte R, byte G, byte B) colour) => $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}";

    private static byte Mix(byte from, byte to, double t) => (byte)Math.Round(from + ((to - from) * t));
}
