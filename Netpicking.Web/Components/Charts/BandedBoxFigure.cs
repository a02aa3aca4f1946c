using Netpicking.Core.Analysis;
using Netpicking.Core.Common;
using Netpicking.Web.Components.Analysis;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Plotly.Blazor.Traces.ScatterLib.MarkerLib;

namespace Netpicking.Web.Components.Charts;

/// <summary>
/// Box plots in bands: the boxes of one family side by side (one per activation, or per tested epoch), a gap and
/// a shaded or plain background between families, the family's name above its band in its colour and the box's own
/// label under the axis. Forty "Conv2dThenLinear · Sigmoid" tick labels would not fit a 1280-pixel screen; two
/// levels of labels do. Points and stars follow <see cref="JitteredBoxFigure"/>: every network a jittered point
/// (solid when good, hollow otherwise), gold stars on top, click opens the network.
/// </summary>
public static class BandedBoxFigure
{
    private const double BandGap = 0.5;
    private const double MinBandWidth = 2.5;
    private const double PointOffset = -0.3;
    private const double JitterWidth = 0.12;

    public static ChartFigure Build(
        IReadOnlyList<BandedBox> boxes,
        AnalysisContext context,
        GoodGoldResult goodGold,
        string title,
        string xTitle,
        string yTitle,
        string valueFormat,
        int height = 460)
    {
        var snapshot = context.Snapshot;
        var data = new List<ITrace>();
        var links = new List<int[]?>();
        var stars = new List<(double X, double Y, string Text, int Member)>();
        var (positions, bands) = Layout(boxes);
        var manyPoints = boxes.Sum(b => b.Members.Count) > 1500;

        for (var b = 0; b < boxes.Count; b++)
        {
            var box = boxes[b];
            var members = box.Members.Where(i => !double.IsNaN(box.ValueOf(i))).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var x = positions[b];
            var colour = FamilyPalette.Of(box.Family);
            var values = members.Select(box.ValueOf).ToArray();
            // The statistics, not the values, as in JitteredBoxFigure: with the points drawn apart Plotly would stretch
            // the whiskers to the extremes; BoxStatistics gives Tukey whiskers.
            var stats = BoxStatistics.Of(values);
            data.Add(new Box
            {
                Name = $"{box.Band} · {box.Label}",
                X = [x],
                Q1 = [stats.Q1],
                Median = [stats.Median],
                Q3 = [stats.Q3],
                LowerFence = [stats.LowerWhisker],
                UpperFence = [stats.UpperWhisker],
                BoxPoints = Plotly.Blazor.Traces.BoxLib.BoxPointsEnum.False,
                FillColor = FamilyPalette.Translucent(box.Family, box.FillAlpha),
                Line = new Plotly.Blazor.Traces.BoxLib.Line { Color = colour, Width = 1.5m },
                Width = 0.34m,
                ShowLegend = false,
                HoverOn = Plotly.Blazor.Traces.BoxLib.HoverOnFlag.Boxes,
            });
            links.Add(null);

            var xs = members.Select(i => x + PointOffset + Jitter(snapshot.Networks[i].Id)).ToArray();
            data.Add(new Scatter
            {
                Name = $"{box.Band} · {box.Label}",
                Mode = ModeFlag.Markers,
                X = xs.Select(v => (object)v).ToList(),
                Y = values.Select(v => (object)v).ToList(),
                TextArray = members.Select(i => JitteredBoxFigure.Describe(snapshot.Networks[i], goodGold.Gold[i])).ToList(),
                HoverTemplate = $"%{{text}}<br>{box.HoverLabel}: %{{y:{valueFormat}}}<extra></extra>",
                ShowLegend = false,
                Marker = new Marker
                {
                    Color = colour,
                    Size = manyPoints ? 4 : 6,
                    Opacity = 0.85m,
                    SymbolArray = members.Select(i => (SymbolEnum?)(goodGold.Good[i] ? SymbolEnum.Circle : SymbolEnum.CircleOpen)).ToList(),
                },
            });
            links.Add(members);

            for (var k = 0; k < members.Length; k++)
            {
                if (goodGold.Gold[members[k]])
                {
                    stars.Add((xs[k], values[k], JitteredBoxFigure.Describe(snapshot.Networks[members[k]], gold: true) + $"<br>{box.HoverLabel}", members[k]));
                }
            }
        }

        if (stars.Count > 0)
        {
            data.Add(new Scatter
            {
                Name = "gold star",
                Mode = ModeFlag.Markers,
                X = stars.Select(s => (object)s.X).ToList(),
                Y = stars.Select(s => (object)s.Y).ToList(),
                TextArray = stars.Select(s => s.Text).ToList(),
                HoverTemplate = $"%{{text}}: %{{y:{valueFormat}}}<extra></extra>",
                Marker = new Marker
                {
                    Symbol = SymbolEnum.Star,
                    // As in JitteredBoxFigure: big enough to read as stars, smaller when they crowd.
                    Size = stars.Count > 40 ? 10 : 15,
                    Color = FamilyPalette.Gold,
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = FamilyPalette.GoldOutline, Width = 1 },
                },
            });
            links.Add(stars.Select(s => s.Member).ToArray());
        }

        var layout = ChartLayouts.Base(title, xTitle, yTitle);
        // The band names take the strip above the plot where the shared layout puts the legend: the legend moves up to
        // the title's line, on the right.
        layout.Margin!.T = 84;
        var legend = layout.Legend[0];
        legend.YRef = Plotly.Blazor.LayoutLib.LegendLib.YRefEnum.Container;
        legend.Y = 1;
        legend.YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Top;
        var axis = layout.XAxis[0];
        axis.TickMode = Plotly.Blazor.LayoutLib.XAxisLib.TickModeEnum.Array;
        axis.TickVals = positions.Select(p => (object)p).ToList();
        axis.TickText = boxes.Select(b => (object)b.Label).ToList();
        axis.Range = bands.Count == 0 ? null : [bands[0].X0, bands[^1].X1];
        axis.ShowGrid = false;
        // Plotly turns labels that would overlap by 30°; beyond two dozen boxes they need more.
        var crowded = boxes.Count > 24 && boxes.Max(b => b.Label.Length) > 3;
        axis.TickAngle = crowded ? -50 : null;
        axis.TickFont = new Plotly.Blazor.LayoutLib.XAxisLib.TickFont { Size = crowded ? 10 : 11 };
        layout.YAxis[0].TickFormat = valueFormat;
        AddBands(layout, boxes, positions, bands);

        return new ChartFigure(data, layout, height, (trace, point) =>
            trace < links.Count && links[trace] is { } members && point < members.Length ? context.NetworkLink(members[point]) : null);
    }

    /// <summary>
    /// x positions: one unit per box, consecutive within a band, a gap between bands, and every band at least
    /// <see cref="MinBandWidth"/> units wide (its boxes centred) so a one-box family still has room for its name.
    /// </summary>
    private static (double[] Positions, List<(int Start, int End, double X0, double X1)> Bands) Layout(IReadOnlyList<BandedBox> boxes)
    {
        var positions = new double[boxes.Count];
        var bands = new List<(int, int, double, double)>();
        var cursor = 0.0;
        for (var start = 0; start < boxes.Count;)
        {
            var end = start;
            while (end + 1 < boxes.Count && boxes[end + 1].Band == boxes[start].Band)
            {
                end++;
            }

            var count = end - start + 1;
            var width = Math.Max(count, MinBandWidth);
            for (var k = 0; k < count; k++)
            {
                positions[start + k] = cursor + (width - count) / 2 + k + 0.5;
            }

            bands.Add((start, end, cursor - BandGap / 2, cursor + width + BandGap / 2));
            cursor += width + BandGap;
            start = end + 1;
        }

        return (positions, bands);
    }

    /// <summary>Every other band shaded, and each band's name above it in its family's colour.</summary>
    private static void AddBands(Plotly.Blazor.Layout layout, IReadOnlyList<BandedBox> boxes, double[] positions, List<(int Start, int End, double X0, double X1)> bands)
    {
        layout.Shapes = [];
        layout.Annotations = [];
        for (var b = 0; b < bands.Count; b++)
        {
            var (start, end, x0, x1) = bands[b];
            if (b % 2 == 0)
            {
                layout.Shapes.Add(new Plotly.Blazor.LayoutLib.Shape
                {
                    Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Rect,
                    XRef = "x",
                    YRef = "paper",
                    X0 = x0,
                    X1 = x1,
                    Y0 = 0,
                    Y1 = 1,
                    FillColor = "#f3f5f8",
                    Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Width = 0 },
                    Layer = Plotly.Blazor.LayoutLib.ShapeLib.LayerEnum.Below,
                });
            }

            var name = boxes[start].Band;
            // "Conv2dThenLinear" is wider than a five-box band on a 1280-pixel screen: such names always break at "Then".
            var text = name.Replace("Then", "<br>then ", StringComparison.Ordinal);
            layout.Annotations.Add(new Plotly.Blazor.LayoutLib.Annotation
            {
                Text = $"<b>{text}</b>",
                X = (x0 + x1) / 2,
                XRef = "x",
                Y = 1,
                YRef = "paper",
                YAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.YAnchorEnum.Bottom,
                ShowArrow = false,
                Font = new Plotly.Blazor.LayoutLib.AnnotationLib.Font { Color = FamilyPalette.Of(boxes[start].Family), Size = 11 },
            });
        }
    }

    private static double Jitter(int id)
    {
        var unit = new SplitMix64((ulong)id).NextDouble();
        return (unit * 2 - 1) * JitterWidth;
    }
}
