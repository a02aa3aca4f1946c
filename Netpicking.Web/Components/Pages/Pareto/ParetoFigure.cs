using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Charts;
using Netpicking.Web.Components.Shared;
using Netpicking.Web.Text;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Plotly.Blazor.Traces.ScatterLib.MarkerLib;

namespace Netpicking.Web.Components.Pages.Pareto;

/// <summary>
/// Score against a cost: the networks off the front faded (one trace per family, so the legend keeps its colours), the
/// front as a step line through its networks: from each front network the line runs flat to the next one's cost, then
/// up, so it reads as "the best score available for at most this cost".
/// </summary>
public static class ParetoFigure
{
    public static ChartFigure Build(ParetoResult front, AnalysisContext context)
    {
        var snapshot = context.Snapshot;
        var cost = front.Cost;
        var scoreName = ScoreText.Of(snapshot.Scope.Score);
        var yFormat = ScoreText.AxisFormat(snapshot.Scope.Score);
        var hover = $"%{{text}}<br>{CostText.Name(cost)}: %{{x:{CostText.HoverFormat(cost)}}}<br>{scoreName}: %{{y:{yFormat}}}<extra></extra>";
        var onFront = front.Front.ToHashSet();
        var drawable = Enumerable.Range(0, snapshot.NetworkCount)
            .Where(i => !double.IsNaN(snapshot.Score(i)) && snapshot.Cost(i, cost) > 0)
            .ToArray();
        var data = new List<ITrace>();
        var links = new List<int[]>();

        foreach (var family in DisplayOrder.Families(drawable.Select(i => snapshot.Networks[i].Group)))
        {
            var members = drawable.Where(i => !onFront.Contains(i) && snapshot.Networks[i].Group == family).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            data.Add(new Scatter
            {
                Name = family,
                LegendGroup = family,
                Mode = ModeFlag.Markers,
                X = members.Select(i => (object)snapshot.Cost(i, cost)).ToList(),
                Y = members.Select(i => (object)snapshot.Score(i)).ToList(),
                TextArray = members.Select(i => JitteredBoxFigure.Describe(snapshot.Networks[i], gold: false)).ToList(),
                HoverTemplate = hover,
                Marker = new Marker { Color = FamilyPalette.Of(family), Size = 7, Opacity = 0.28m },
            });
            links.Add(members);
        }

        var path = front.Front.Where(i => snapshot.Cost(i, cost) > 0).ToArray();
        if (path.Length > 0)
        {
            data.Add(new Scatter
            {
                Name = "Pareto front",
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = path.Select(i => (object)snapshot.Cost(i, cost)).ToList(),
                Y = path.Select(i => (object)snapshot.Score(i)).ToList(),
                TextArray = path.Select(i => JitteredBoxFigure.Describe(snapshot.Networks[i], gold: false)).ToList(),
                HoverTemplate = hover,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line
                {
                    Shape = Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum.Hv,
                    Color = "#1d2330",
                    Width = 2,
                },
                Marker = new Marker
                {
                    ColorArray = path.Select(i => (object)FamilyPalette.Of(snapshot.Networks[i].Group)).ToList(),
                    Size = 12,
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = "#1d2330", Width = 1.5m },
                },
            });
            links.Add(path);
        }

        var layout = ChartLayouts.Base(
            $"{scoreName} against {CostText.Name(cost).ToLowerInvariant()}: which networks does nothing beat on both?",
            CostText.Axis(cost, snapshot.Scope.Epoch) + " — log scale, lower is better",
            scoreName + " — higher is better",
            logX: true);
        layout.XAxis[0].TickFormat = CostText.TickFormat(cost);
        LogAxis.Tidy(layout.XAxis[0], drawable.Select(i => snapshot.Cost(i, cost)));
        layout.YAxis[0].TickFormat = yFormat;
        layout.Legend[0].Y = -0.24m;
        return new ChartFigure(data, layout, 520, (trace, point) =>
            trace < links.Count && point < links[trace].Length ? context.NetworkLink(links[trace][point]) : null);
    }
}
