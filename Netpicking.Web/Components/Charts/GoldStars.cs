using Plotly.Blazor.Traces;

namespace Netpicking.Web.Components.Charts;

/// <summary>
/// Gold-star markers sized to how many there are: fifteen-pixel stars mark a handful of winners well, but 170 of
/// them over a thousand points bury the boxes they sit on.
/// </summary>
public static class GoldStars
{
    /// <summary>The trace name the box figures give their star trace.</summary>
    public const string TraceName = "gold star";

    public static int Size(int count) => count switch
    {
        <= 25 => 15,
        <= 100 => 11,
        _ => 9,
    };

    /// <summary>Resizes the star trace of a figure built by <see cref="JitteredBoxFigure"/> or <see cref="BandedBoxFigure"/>.</summary>
    public static ChartFigure Fit(ChartFigure figure)
    {
        foreach (var trace in figure.Data.OfType<Scatter>().Where(t => t.Name == TraceName && t.Marker is not null))
        {
            trace.Marker.Size = Size(trace.X?.Count ?? 0);
        }

        return figure;
    }
}
