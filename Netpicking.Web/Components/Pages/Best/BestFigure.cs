using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Charts;
using Netpicking.Web.Text;

namespace Netpicking.Web.Components.Pages.Best;

/// <summary>The Best &amp; baseline page's chart: who beats the best network, class by class.</summary>
public static class BestFigure
{
    /// <summary>
    /// Per class, how many networks have a higher recall than the best network: bars where it is beaten, a gold star on the
    /// axis where none does. Counts, not percentiles: 99.0 % and 99.9 % look alike as bars, 10 networks and 1 do not.
    /// </summary>
    public static ChartFigure Build(
        BestNetworkResult result, IReadOnlyList<ClassLeader> leaders, IReadOnlyList<int> above, Func<int, string> className,
        IReadOnlyList<string> classNames, AnalysisContext analysis)
    {
        var classes = result.Classes.Select(c => (object)className(c.Class)).ToList();
        var hover = result.Classes.Select(c =>
        {
            var leader = leaders[c.Class];
            var lead = above[c.Class] == 0 || leader.NetworkIndex < 0
                ? "no network has a higher recall"
                : $"{Format.Count(above[c.Class])} network{(above[c.Class] == 1 ? "" : "s")} above; the leader <b>{analysis.Snapshot.Networks[leader.NetworkIndex].Name}</b> has {Format.Percent(leader.Recall)}";
            return $"<b>{result.Network.Name}</b>, class {className(c.Class)}<br>recall {Format.Percent(c.Recall)}, percentile {Format.Percent(c.Percentile / 100, 1)}<br>{lead}";
        }).ToList();
        var bars = new Plotly.Blazor.Traces.Bar
        {
            Name = "networks with a higher recall",
            X = classes,
            Y = above.Select(n => (object)n).ToList(),
            TextArray = result.Classes.Select(c => above[c.Class] == 0 ? "" : Format.Percent(c.Percentile / 100, 1)).ToList(),
            TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Outside,
            HoverTextArray = hover,
            HoverTemplate = "%{hovertext}<extra></extra>",
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = "#8190a8" },
            ShowLegend = false,
        };
        var best = result.Classes.Where(c => above[c.Class] == 0).ToList();
        var stars = new Plotly.Blazor.Traces.Scatter
        {
            Name = "best or tied on the class",
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            X = best.Select(c => (object)className(c.Class)).ToList(),
            Y = best.Select(_ => (object)0).ToList(),
            HoverTextArray = best.Select(c => hover[c.Class]).ToList(),
            HoverTemplate = "%{hovertext}<extra></extra>",
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker
            {
                Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Star,
                Size = 16,
                Color = FamilyPalette.Gold,
                Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = FamilyPalette.GoldOutline, Width = 1 },
            },
            ClipOnAxis = false,
        };
        var layout = ChartLayouts.Base(
            "Who beats the best network, class by class?",
            classNames.Count > 0 && classNames[0] != "0" ? "Class" : "Digit",
            "Networks with a higher recall");
        var most = above.Count == 0 ? 0 : above.Max();
        layout.YAxis[0].Range = [most == 0 ? -0.5 : -most * 0.06, Math.Max(1, most) * 1.18];
        layout.YAxis[0].TickFormat = ",d";
        layout.XAxis[0].Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Category;
        // Trace 0 is the bars (one per class), trace 1 the stars (the classes it leads): both lead to the class's leader.
        return new ChartFigure([bars, stars], layout, 380, (trace, point) =>
        {
            var c = trace == 0 ? point : point < best.Count ? best[point].Class : -1;
            return c >= 0 && c < leaders.Count && leaders[c].NetworkIndex >= 0 ? analysis.NetworkLink(leaders[c].NetworkIndex) : null;
        });
    }
}
