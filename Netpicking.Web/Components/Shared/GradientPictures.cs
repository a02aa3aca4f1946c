using Netpicking.Core.Images;

namespace Netpicking.Web.Components.Shared;

/// <summary>
/// The pictures of <see cref="GradientPanel"/> as inline PNG data URIs (28 × 28 source pixels, a few KB each): the digit
/// in grey, and a class's gradient on the diverging blue–white–red scale, optionally shaded where the digit has ink so
/// the map reads over the digit.
/// </summary>
public static class GradientPictures
{
    public const int Side = 28;
    public const int Scale = 4;

    /// <summary>How dark full ink makes a heat-map pixel when the digit is shaded in (0: not at all).</summary>
    public const double InkShade = 0.35;

    public static string Digit(ReadOnlySpan<byte> pixels)
    {
        var rgb = new byte[pixels.Length * 3];
        for (var i = 0; i < pixels.Length; i++)
        {
            rgb[(3 * i) + 0] = rgb[(3 * i) + 1] = rgb[(3 * i) + 2] = pixels[i];
        }

        return RgbPng.DataUri(RgbPng.Encode(rgb, Side, Side, Scale));
    }

    /// <summary>One class's map on the symmetric range ±<paramref name="max"/>; <paramref name="ink"/> shades the digit in.</summary>
    public static string HeatMap(ReadOnlySpan<float> gradient, double max, ReadOnlySpan<byte> ink = default)
    {
        var rgb = new byte[gradient.Length * 3];
        for (var i = 0; i < gradient.Length; i++)
        {
            var (r, g, b) = DivergingScale.Colour(gradient[i], max);
            var keep = ink.IsEmpty ? 1.0 : 1 - (InkShade * ink[i] / 255.0);
            rgb[(3 * i) + 0] = (byte)Math.Round(r * keep);
            rgb[(3 * i) + 1] = (byte)Math.Round(g * keep);
            rgb[(3 * i) + 2] = (byte)Math.Round(b * keep);
        }

        return RgbPng.DataUri(RgbPng.Encode(rgb, Side, Side, Scale));
    }
}
