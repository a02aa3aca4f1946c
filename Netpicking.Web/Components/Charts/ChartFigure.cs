using Plotly.Blazor;

namespace Netpicking.Web.Components.Charts;

/// <summary>
/// A chart ready to draw: Plotly traces and layout, its height, and where a click on a point leads
/// (<see cref="LinkOf"/>: trace index, point index → a relative URL, or null for points that lead nowhere).
/// </summary>
public sealed record ChartFigure(IList<ITrace> Data, Plotly.Blazor.Layout Layout, int Height = 420, Func<int, int, string?>? LinkOf = null);
