namespace Netpicking.Web.Components.Charts;

/// <summary>
/// One colour per family, the same in every chart, chip and legend (docs/interface.md#colour-and-marks); the CSS classes
/// <c>fam-*</c> in app.css hold the same values. Okabe–Ito based, so the families stay apart for colour-blind readers.
/// </summary>
public static class FamilyPalette
{
    public const string Gold = "#d4a017";
    public const string GoldOutline = "#4a3500";
    public const string Correct = "#1a7f37";
    public const string Wrong = "#c62828";
    public const string Unsure = "#b7791f";

    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        ["Basic"] = "#7f7f7f",
        ["Linear"] = "#0072b2",
        ["Conv1d"] = "#00a0a0",
        ["Conv2d"] = "#009e73",
        ["Conv3d"] = "#8a8a2b",
        ["Conv1dThenLinear"] = "#6a3d9a",
        ["Conv2dThenLinear"] = "#a27ad6",
        ["Conv3dThenLinear"] = "#cc79a7",
        ["ResNet"] = "#e69f00",
    };

    /// <summary>Secondary palette for activations: never a family colour.</summary>
    private static readonly string[] ActivationColours = ["#3b4a6b", "#b5523b", "#5b8c5a", "#8e6bb0", "#c29b2c", "#2f8f9d"];

    public static string Of(string family) => Colours.TryGetValue(family, out var colour) ? colour : "#555555";

    /// <summary>The family colour at <paramref name="alpha"/> (0–1), for box fills.</summary>
    public static string Translucent(string family, double alpha)
    {
        var hex = Of(family);
        var r = Convert.ToInt32(hex[1..3], 16);
        var g = Convert.ToInt32(hex[3..5], 16);
        var b = Convert.ToInt32(hex[5..7], 16);
        return $"rgba({r},{g},{b},{alpha.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)})";
    }

    public static string Activation(int index) => ActivationColours[index % ActivationColours.Length];
}
