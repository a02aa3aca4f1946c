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
/// Score against a cost: the networks off the front faded, the front as a step line through its networks (from each
/// front network the line runs flat to the next one's cost, then up, so it reads as "the best score available for at
/// most this cost") with its networks drawn large on top. Points are one trace per family and side of the front, grouped
/// by family, so every family with a point on the chart has one legend entry in its colour, also a family whose networks
/// are all on the front, and clicking the entry hides the family on both sides.
/// </summary>
public static class ParetoFigure
{
    private const string Ink = "#1d2330";

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
        var path = front.Front.Where(i => snapshot.Cost(i, cost) > 0).ToArray();
        var families = DisplayOrder.Families(drawable.Select(i => snapshot.Networks[i].Group)).ToArray();
        var data = new List<ITrace>();
        var links = new List<int[]>();

        Scatter Points(string family, int[] members, int rank, bool legend) => new()
        {
            Name = family,
            LegendGroup = family,
            LegendRank = rank,
            ShowLegend = legend,
            Mode = ModeFlag.Markers,
            X = members.Select(i => (object)snapshot.Cost(i, cost)).ToList(),
            Y = members.Select(i => (object)snapshot.Score(i)).ToList(),
            TextArray = members.Select(i => JitteredBoxFigure.Describe(snapshot.Networks[i], gold: false)).ToList(),
            HoverTemplate = hover,
        };

        // Faded first, so the front is drawn over them.
        var fadedFamilies = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < families.Length; f++)
        {
            var members = drawable.Where(i => !onFront.Contains(i) && snapshot.Networks[i].Group == families[f]).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var faded = Points(families[f], members, f, legend: true);
            faded.Marker = new Marker { Color = FamilyPalette.Of(families[f]), Size = 7, Opacity = 0.28m };
            data.Add(faded);
            links.Add(members);
            fadedFamilies.Add(families[f]);
        }

        if (path.Length > 0)
        {
            data.Add(new Scatter
            {
                Name = "Pareto front",
                LegendRank = families.Length,
                Mode = ModeFlag.Lines,
                X = path.Select(i => (object)snapshot.Cost(i, cost)).ToList(),
                Y = path.Select(i => (object)snapshot.Score(i)).ToList(),
                HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Skip,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line
                {
                    Shape = Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum.Hv,
                    Color = Ink,
                    Width = 2,
                },
            });
            links.Add([]);
        }

        for (var f = 0; f < families.Length; f++)
        {
            var members = path.Where(i => snapshot.Networks[i].Group == families[f]).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            // A family already listed by its faded points shares that entry (same group); otherwise this is its entry.
            var large = Points(families[f], members, f, legend: !fadedFamilies.Contains(families[f]));
            large.Marker = new Marker
            {
                Color = FamilyPalette.Of(families[f]),
                Size = 12,
                Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = Ink, Width = 1.5m },
            };
            data.Add(large);
            links.Add(members);
        }

        var layout = ChartLayouts.Base(
            $"{scoreName} against {CostText.Name(cost).ToLowerInvariant()}: which networks does nothing beat on both?",
            CostText.Axis(cost, snapshot.Scope.Epoch) + " — log scale, lower is better",
            scoreName + " — higher is better",
            logX: true);
        layout.XAxis[0].TickFormat = CostText.TickFormat(cost);
        LogAxis.Tidy(layout.XAxis[0], drawable.Select(i => snapshot.Cost(i, cost)));
        layout.YAxis[0].TickFormat = yFormat;
        // Nine families and the front take two legend rows above the plot: room for them under the title.
        layout.Margin.T = 110;
        return new ChartFigure(data, layout, 560, (trace, point) =>
            trace < links.Count && point < links[trace].Length ? context.NetworkLink(links[trace][point]) : null);
    }
}
