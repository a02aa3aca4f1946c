using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Charts;
using Netpicking.Web.Components.Shared;
using Netpicking.Web.Text;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Plotly.Blazor.Traces.ScatterLib.MarkerLib;

namespace Netpicking.Web.Components.Pages.Cascades;

/// <summary>
/// Accuracy (left axis) and average cost per image (right axis) against the deferral rate, one point per threshold; the
/// two networks alone are marked at deferral 0 and 1 (click: their pages).
/// </summary>
public static class CascadesFigure
{
    private const string AccuracyColour = "#2454a6";
    private const string CostColour = "#8a5a00";

    public static ChartFigure Build(CascadeResult result, AnalysisContext context)
    {
        var snapshot = context.Snapshot;
        var cost = result.Cost;
        var points = result.Points.Where(p => !double.IsNaN(p.DeferralRate)).ToArray();
        var text = points.Select(p => $"Threshold {p.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}: defers {Format.Percent(p.DeferralRate, 1)}"
            + $"<br>Accuracy {Format.Percent(p.Accuracy)}<br>{CostText.WithUnit(cost, p.AverageCost)} per image").ToList();
        var cheap = snapshot.Networks[result.Cheap];
        var expensive = snapshot.Networks[result.Expensive];
        var data = new List<ITrace>
        {
            new Scatter
            {
                Name = "Accuracy",
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = points.Select(p => (object)p.DeferralRate).ToList(),
                Y = points.Select(p => (object)p.Accuracy).ToList(),
                TextArray = text,
                HoverTemplate = "%{text}<extra></extra>",
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = AccuracyColour, Width = 2 },
                Marker = new Marker { Color = AccuracyColour, Size = 6 },
            },
            new Scatter
            {
                Name = $"{CostText.Name(cost)} per image",
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = points.Select(p => (object)p.DeferralRate).ToList(),
                Y = points.Select(p => (object)p.AverageCost).ToList(),
                TextArray = text,
                HoverTemplate = "%{text}<extra></extra>",
                YAxis = "y2",
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = CostColour, Width = 2, Dash = "dot" },
                Marker = new Marker { Color = CostColour, Size = 5, Symbol = SymbolEnum.Square },
            },
            new Scatter
            {
                Name = "Each network alone",
                Mode = ModeFlag.Markers | ModeFlag.Text,
                X = [0, 1],
                Y = [Accuracy(snapshot, result.Cheap), Accuracy(snapshot, result.Expensive)],
                TextArray = [cheap.Name, expensive.Name],
                TextPositionArray = [TextPositionEnum.BottomRight, TextPositionEnum.BottomLeft],
                HoverTemplate = "<b>%{text}</b> alone<br>Accuracy %{y:.2%}<extra></extra>",
                Marker = new Marker
                {
                    ColorArray = [FamilyPalette.Of(cheap.Group), FamilyPalette.Of(expensive.Group)],
                    Size = 13,
                    Symbol = SymbolEnum.Diamond,
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = "#1d2330", Width = 1.5m },
                },
            },
        };

        var layout = ChartLayouts.Base(
            "Accuracy and average cost as more images are deferred to the expensive network",
            "Share of images deferred to the expensive network",
            "Accuracy on the test images");
        layout.XAxis[0].TickFormat = ".0%";
        layout.XAxis[0].Range = [-0.03, 1.03];
        layout.YAxis[0].TickFormat = ".1%";
        layout.YAxis[0].Title.Font = new Plotly.Blazor.LayoutLib.YAxisLib.TitleLib.Font { Color = AccuracyColour };
        layout.YAxis.Add(new YAxis
        {
            Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title
            {
                Text = CascadeCost(cost),
                Font = new Plotly.Blazor.LayoutLib.YAxisLib.TitleLib.Font { Color = CostColour },
            },
            Overlaying = "y",
            Side = Plotly.Blazor.LayoutLib.YAxisLib.SideEnum.Right,
            ShowGrid = false,
            ZeroLine = false,
            TickFormat = CostText.TickFormat(cost),
            RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero,
            AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
        });
        int[] alone = [result.Cheap, result.Expensive];
        return new ChartFigure(data, layout, 460, (trace, point) => trace == 2 && point < 2 ? context.NetworkLink(alone[point]) : null);
    }

    /// <summary>The right axis: what the networks that run on an image cost, averaged over the images.</summary>
    public static string CascadeCost(CostKind cost) =>
        $"Average {CostText.Name(cost).ToLowerInvariant()} of the networks run per image ({CostText.Unit(cost)})";

    private static double Accuracy(PopulationSnapshot snapshot, int index) =>
        snapshot.Networks[index].At(snapshot.Scope.Epoch)?.Accuracy ?? double.NaN;
}
