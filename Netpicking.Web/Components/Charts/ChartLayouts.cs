using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;

namespace Netpicking.Web.Components.Charts;

/// <summary>The look shared by every chart: quiet grid, the page's font, titles that state the question (docs/interface.md#charts).</summary>
public static class ChartLayouts
{
    public const string ScoreFormat = ".0%";

    /// <summary>SI suffixes (1k, 10k, 1M) for counts on log axes.</summary>
    public const string CountFormat = "~s";

    public static Plotly.Blazor.Layout Base(string title, string xTitle, string yTitle, bool logX = false, bool logY = false) => new()
    {
        Title = new Title { Text = title, X = 0, XRef = Plotly.Blazor.LayoutLib.TitleLib.XRefEnum.Paper, Y = 0.98m, YRef = Plotly.Blazor.LayoutLib.TitleLib.YRefEnum.Container, YAnchor = Plotly.Blazor.LayoutLib.TitleLib.YAnchorEnum.Top, Font = new Plotly.Blazor.LayoutLib.TitleLib.Font { Size = 15 } },
        Font = new Font { Family = "Inter, Segoe UI, system-ui, DejaVu Sans, sans-serif", Size = 12, Color = "#1d2330" },
        PaperBgColor = "#ffffff",
        PlotBgColor = "#ffffff",
        Margin = new Margin { L = 64, R = 16, T = 64, B = 48 },
        HoverMode = HoverModeEnum.Closest,
        ShowLegend = true,
        // Above the plot, right-aligned: below it, the legend collides with the x-axis title on short charts.
        Legend =
        [
            new Legend
            {
                Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H,
                X = 1, XAnchor = Plotly.Blazor.LayoutLib.LegendLib.XAnchorEnum.Right,
                Y = 1.0m, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom,
                BgColor = "rgba(255,255,255,0.8)",
            },
        ],
        XAxis =
        [
            new XAxis
            {
                Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle },
                Type = logX ? Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Log : null,
                GridColor = "#eef0f4",
                ZeroLine = false,
                AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
            },
        ],
        YAxis =
        [
            new YAxis
            {
                Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle },
                Type = logY ? Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Log : null,
                GridColor = "#eef0f4",
                ZeroLine = false,
                AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
            },
        ],
    };
}
