namespace Netpicking.Web.Components.Charts;

/// <summary>
/// One box of a banded box plot: it sits in the band <paramref name="Band"/> (a family), is labelled
/// <paramref name="Label"/> under the axis (an activation, an epoch), wears <paramref name="Family"/>'s colour with a fill
/// of <paramref name="FillAlpha"/>, and draws <paramref name="ValueOf"/> of its <paramref name="Members"/> (snapshot
/// indices). <paramref name="HoverLabel"/> names the value in the hover ("Epoch 2").
/// </summary>
public sealed record BandedBox(
    string Band,
    string Family,
    string Label,
    IReadOnlyList<int> Members,
    Func<int, double> ValueOf,
    string HoverLabel,
    double FillAlpha = 0.18);
