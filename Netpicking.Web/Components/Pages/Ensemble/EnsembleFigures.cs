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

namespace Netpicking.Web.Components.Pages.Ensemble;

/// <summary>The ensemble size curve: accuracy by size, the best single network as a dashed line, the first match marked.</summary>
public static class EnsembleFigures
{
    public static ChartFigure Curve(EnsembleCurve curve, AnalysisContext context)
    {
        var snapshot = context.Snapshot;
        var steps = curve.Steps;
        var data = new List<ITrace>
        {
            new Scatter
            {
                Name = "Ensemble of the N cheapest",
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = steps.Select(s => (object)s.Size).ToList(),
                Y = steps.Select(s => (object)s.Accuracy).ToList(),
                TextArray = steps.Select(s => Describe(s, snapshot, curve.Cost)).ToList(),
                HoverTemplate = "%{text}<extra></extra>",
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = "#2454a6", Width = 2 },
                Marker = new Marker
                {
                    ColorArray = steps.Select(s => (object)FamilyPalette.Of(snapshot.Networks[s.Added].Group)).ToList(),
                    Size = 8,
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = "#2454a6", Width = 1 },
                },
            },
        };
        var links = new List<int[]> { steps.Select(s => s.Added).ToArray() };

        if (curve.SizeToMatch is { } size)
        {
            var step = steps[size - 1];
            data.Add(new Scatter
            {
                Name = $"First match: {size.ToString(CultureInfo.InvariantCulture)}",
                Mode = ModeFlag.Markers,
                X = [step.Size],
                Y = [step.Accuracy],
                TextArray = [Describe(step, snapshot, curve.Cost)],
                HoverTemplate = "%{text}<extra></extra>",
                Marker = new Marker
                {
                    Symbol = SymbolEnum.Star,
                    Size = 16,
                    Color = FamilyPalette.Gold,
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = FamilyPalette.GoldOutline, Width = 1 },
                },
            });
            links.Add([step.Added]);
        }

        var layout = ChartLayouts.Base(
            $"Accuracy of the N cheapest networks by {CostText.Name(curve.Cost).ToLowerInvariant()}, averaged, against the best single network",
            "Ensemble size N (cheapest first)",
            "Accuracy on the test images");
        layout.YAxis[0].TickFormat = ".1%";
        layout.XAxis[0].Range = [0.5, steps.Count + 0.5];
        layout.ShowLegend = data.Count > 1;
        layout.Shapes =
        [
            new Shape
            {
                Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line,
                XRef = "paper",
                X0 = 0,
                X1 = 1,
                YRef = "y",
                Y0 = curve.TargetAccuracy,
                Y1 = curve.TargetAccuracy,
                Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Color = FamilyPalette.GoldOutline, Width = 1.5m, Dash = "dash" },
            },
        ];
        layout.Annotations =
        [
            new Annotation
            {
                XRef = "paper",
                X = 1,
                XAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.XAnchorEnum.Right,
                YRef = "y",
                Y = curve.TargetAccuracy,
                YAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.YAnchorEnum.Bottom,
                ShowArrow = false,
                Text = $"best single network {Format.Percent(curve.TargetAccuracy)}",
                Font = new Plotly.Blazor.LayoutLib.AnnotationLib.Font { Size = 11, Color = FamilyPalette.GoldOutline },
            },
        ];
        return new ChartFigure(data, layout, 380, (trace, point) =>
            trace < links.Count && point < links[trace].Length ? context.NetworkLink(links[trace][point]) : null);
    }

    private static string Describe(EnsembleStep step, PopulationSnapshot snapshot, CostKind cost)
    {
        var network = snapshot.Networks[step.Added];
        return $"<b>{step.Size.ToString(CultureInfo.InvariantCulture)} networks</b>: {Format.Percent(step.Accuracy)}"
            + $"<br>+ {network.Name} ({network.Group} · {network.Activation}, {CostText.WithUnit(cost, snapshot.Cost(step.Added, cost))})"
            + $"<br>{CostText.WithUnit(cost, step.TotalCost)} in all";
    }
}
