using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Charts;
using Netpicking.Web.Components.Shared;
using Netpicking.Web.Text;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Plotly.Blazor.Traces.ScatterLib.MarkerLib;

namespace Netpicking.Web.Components.Pages.Explorer;

/// <summary>
/// The explorer's scatter: one trace per colour group (so the legend names the groups and a click on a legend entry
/// hides one), gold stars on top, a log cost axis. Forms keep their family's colour and differ by marker shape, so
/// the family stays readable when colouring by form.
/// </summary>
public static class ExplorerFigure
{
    private static readonly SymbolEnum[] FormSymbols =
    [
        SymbolEnum.Circle, SymbolEnum.Square, SymbolEnum.Diamond, SymbolEnum.TriangleUp, SymbolEnum.Cross,
        SymbolEnum.TriangleDown, SymbolEnum.X, SymbolEnum.Pentagon, SymbolEnum.Hexagon, SymbolEnum.StarTriangleUp,
    ];

    /// <summary>Light to dark blue for epochs, so later epochs read as "further along".</summary>
    private static readonly string[] EpochColours = ["#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"];

    public static ChartFigure Build(ScatterResult result, AnalysisContext context, ColourBy colourBy, GoodGoldResult goodGold)
    {
        var snapshot = context.Snapshot;
        var scope = snapshot.Scope;
        var scoreName = ScoreText.Of(scope.Score);
        var yFormat = ScoreText.AxisFormat(scope.Score);
        var xFormat = CostText.HoverFormat(result.X);
        var hover = $"%{{text}}<br>{CostText.Name(result.X)}: %{{x:{xFormat}}}<br>{scoreName}: %{{y:{yFormat}}}<extra></extra>";
        var data = new List<ITrace>();
        var links = new List<IReadOnlyList<ScatterPoint>>();

        foreach (var (name, colour, symbol, points) in Groups(result.Points, colourBy, snapshot))
        {
            data.Add(new Scatter
            {
                Name = name,
                Mode = ModeFlag.Markers,
                X = points.Select(p => (object)p.X).ToList(),
                Y = points.Select(p => (object)p.Y).ToList(),
                TextArray = points.Select(p => Describe(p, snapshot)).ToList(),
                HoverTemplate = hover,
                Marker = new Marker
                {
                    Color = colour,
                    Symbol = symbol,
                    Size = 8,
                    Opacity = 0.8m,
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = "#ffffff", Width = 0.5m },
                },
            });
            links.Add(points);
        }

        var stars = result.Points.Where(p => p.Epoch == scope.Epoch && goodGold.Gold[p.NetworkIndex]).ToArray();
        if (stars.Length > 0)
        {
            data.Add(new Scatter
            {
                Name = "★ gold star",
                Mode = ModeFlag.Markers,
                X = stars.Select(p => (object)p.X).ToList(),
                Y = stars.Select(p => (object)p.Y).ToList(),
                TextArray = stars.Select(p => "★ " + Describe(p, snapshot)).ToList(),
                HoverTemplate = hover,
                Marker = new Marker
                {
                    Symbol = SymbolEnum.Star,
                    Size = 14,
                    Color = FamilyPalette.Gold,
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = FamilyPalette.GoldOutline, Width = 1 },
                },
            });
            links.Add(stars);
        }

        var epochs = result.Points.Select(p => p.Epoch).Distinct().Count() > 1 ? "every tested epoch" : $"epoch {scope.Epoch}";
        var layout = ChartLayouts.Base(
            $"{scoreName} against {CostText.Name(result.X).ToLowerInvariant()}, {epochs}: what does a better network cost?",
            CostText.Axis(result.X, scope.Epoch) + " — log scale",
            scoreName,
            logX: true);
        layout.XAxis[0].TickFormat = CostText.TickFormat(result.X);
        LogAxis.Tidy(layout.XAxis[0], result.Points.Select(p => p.X));
        layout.YAxis[0].TickFormat = yFormat;
        // A vertical legend on the right: colouring by form lists dozens of entries, which a row under the axis cannot hold.
        layout.Legend[0] = new Plotly.Blazor.LayoutLib.Legend
        {
            Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.V,
            X = 1.01m,
            Y = 1,
            YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Top,
        };
        return new ChartFigure(data, layout, 540, (trace, point) =>
            trace < links.Count && point < links[trace].Count ? context.NetworkLink(links[trace][point].NetworkIndex) : null);
    }

    /// <summary>The hover text of a point: name and id, family, form, activation, epoch.</summary>
    private static string Describe(ScatterPoint point, PopulationSnapshot snapshot) =>
        $"<b>{point.Name}</b> (#{point.NetworkId.ToString(CultureInfo.InvariantCulture)})<br>{point.Group} · {point.Form} · {point.Activation}"
        + (snapshot.TestedEpochs.Count > 1 ? $" · epoch {point.Epoch.ToString(CultureInfo.InvariantCulture)}" : "");

    private static IEnumerable<(string Name, string Colour, SymbolEnum Symbol, IReadOnlyList<ScatterPoint> Points)> Groups(
        IReadOnlyList<ScatterPoint> points, ColourBy colourBy, PopulationSnapshot snapshot)
    {
        switch (colourBy)
        {
            case ColourBy.Form:
                foreach (var family in DisplayOrder.Families(points.Select(p => p.Group)))
                {
                    var forms = points.Where(p => p.Group == family).Select(p => p.Form).Distinct().Order(StringComparer.Ordinal).ToArray();
                    for (var f = 0; f < forms.Length; f++)
                    {
                        yield return (forms[f], FamilyPalette.Of(family), FormSymbols[f % FormSymbols.Length],
                            points.Where(p => p.Group == family && p.Form == forms[f]).ToArray());
                    }
                }

                break;
            case ColourBy.Activation:
                // Colours follow the activation's place among all of the snapshot's activations, so a filter does not repaint them.
                var all = DisplayOrder.Activations(snapshot.Networks.Select(n => n.Activation));
                foreach (var activation in DisplayOrder.Activations(points.Select(p => p.Activation)))
                {
                    yield return (activation, FamilyPalette.Activation(IndexOf(all, activation)), SymbolEnum.Circle,
                        points.Where(p => p.Activation == activation).ToArray());
                }

                break;
            case ColourBy.Epoch:
                var tested = snapshot.TestedEpochs;
                foreach (var epoch in points.Select(p => p.Epoch).Distinct().Order())
                {
                    var shade = tested.Count <= 1 ? EpochColours[^2]
                        : EpochColours[(int)Math.Round((double)IndexOf(tested, epoch) / (tested.Count - 1) * (EpochColours.Length - 1))];
                    yield return ($"epoch {epoch.ToString(CultureInfo.InvariantCulture)}", shade, SymbolEnum.Circle,
                        points.Where(p => p.Epoch == epoch).ToArray());
                }

                break;
            default:
                foreach (var family in DisplayOrder.Families(points.Select(p => p.Group)))
                {
                    yield return (family, FamilyPalette.Of(family), SymbolEnum.Circle, points.Where(p => p.Group == family).ToArray());
                }

                break;
        }
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, T item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(items[i], item))
            {
                return i;
            }
        }

        return 0;
    }
}
