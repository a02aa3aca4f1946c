using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Core.Common;
using Netpicking.Web.Components.Analysis;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Plotly.Blazor.Traces.ScatterLib.MarkerLib;

namespace Netpicking.Web.Components.Charts;

/// <summary>
/// Box plots with every network as a jittered point beside its box, good networks solid and the others hollow, and
/// gold stars drawn as stars on top (docs/interface.md#charts). Boxes sit at x = 0, 1, 2… on a numeric axis labelled with the groups,
/// so points can be placed beside their box; the jitter is derived from the network id, so a reload draws the same
/// picture. Plotly computes the box statistics itself with the same type-7 quantiles as <c>BoxStatistics</c>.
/// </summary>
public static class JitteredBoxFigure
{
    private const double PointOffset = -0.3;
    private const double JitterWidth = 0.13;

    public static ChartFigure Build(
        IReadOnlyList<BoxGroup> groups,
        AnalysisContext context,
        GoodGoldResult goodGold,
        Func<int, double> valueOf,
        string title,
        string yTitle,
        string valueFormat,
        bool logY = false,
        int height = 440)
    {
        var snapshot = context.Snapshot;
        var data = new List<ITrace>();
        var links = new List<int[]?>();
        var starX = new List<object>();
        var starY = new List<object>();
        var starText = new List<string>();
        var starMembers = new List<int>();
        var hover = $"%{{text}}<br>%{{y:{valueFormat}}}<extra></extra>";

        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var members = group.Members.Where(i => IsDrawable(valueOf(i), logY)).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var colour = FamilyPalette.Of(group.Family);
            // Plotly is given the statistics rather than the values: with the points drawn separately (BoxPoints false) it
            // would stretch the whiskers to the extremes; BoxStatistics gives Tukey whiskers, as the Analysis README says.
            var stats = BoxStatistics.Of(members.Select(valueOf));
            data.Add(new Box
            {
                Name = group.Label,
                X = [g],
                Q1 = [stats.Q1],
                Median = [stats.Median],
                Q3 = [stats.Q3],
                LowerFence = [stats.LowerWhisker],
                UpperFence = [stats.UpperWhisker],
                BoxPoints = Plotly.Blazor.Traces.BoxLib.BoxPointsEnum.False,
                FillColor = FamilyPalette.Translucent(group.Family, 0.18),
                Line = new Plotly.Blazor.Traces.BoxLib.Line { Color = colour, Width = 1.5m },
                Width = 0.34m,
                ShowLegend = false,
                HoverOn = Plotly.Blazor.Traces.BoxLib.HoverOnFlag.Boxes,
            });
            links.Add(null);

            var xs = members.Select(i => (object)(g + PointOffset + Jitter(snapshot.Networks[i].Id))).ToList();
            data.Add(new Scatter
            {
                Name = group.Label,
                Mode = ModeFlag.Markers,
                X = xs,
                Y = members.Select(i => (object)valueOf(i)).ToList(),
                TextArray = members.Select(i => Describe(snapshot.Networks[i], goodGold.Gold[i])).ToList(),
                HoverTemplate = hover,
                ShowLegend = false,
                Marker = new Marker
                {
                    Color = colour,
                    Size = 6,
                    Opacity = 0.85m,
                    SymbolArray = members.Select(i => (SymbolEnum?)(goodGold.Good[i] ? SymbolEnum.Circle : SymbolEnum.CircleOpen)).ToList(),
                },
            });
            links.Add(members);

            for (var k = 0; k < members.Length; k++)
            {
                if (goodGold.Gold[members[k]])
                {
                    starX.Add(xs[k]);
                    starY.Add(valueOf(members[k]));
                    starText.Add(Describe(snapshot.Networks[members[k]], gold: true));
                    starMembers.Add(members[k]);
                }
            }
        }

        if (starMembers.Count > 0)
        {
            data.Add(new Scatter
            {
                Name = "gold star",
                Mode = ModeFlag.Markers,
                X = starX,
                Y = starY,
                TextArray = starText,
                HoverTemplate = hover,
                Marker = new Marker
                {
                    Symbol = SymbolEnum.Star,
                    // Big enough to read as stars, smaller when they crowd (a full zoo has hundreds).
                    Size = starMembers.Count > 40 ? 10 : 15,
                    Color = FamilyPalette.Gold,
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = FamilyPalette.GoldOutline, Width = 1 },
                },
            });
            links.Add(starMembers.ToArray());
        }

        var layout = ChartLayouts.Base(title, "", yTitle, logY: logY);
        var x = layout.XAxis[0];
        x.TickVals = Enumerable.Range(0, groups.Count).Select(i => (object)i).ToList();
        x.TickText = groups.Select(g => (object)g.Label).ToList();
        x.Range = [-0.7, groups.Count - 0.5];
        x.ShowGrid = false;
        if (groups.Count > 12)
        {
            x.TickAngle = -40;
        }

        layout.YAxis[0].TickFormat = valueFormat;
        return new ChartFigure(data, layout, height, (trace, point) =>
            trace < links.Count && links[trace] is { } members && point < members.Length ? context.NetworkLink(members[point]) : null);
    }

    /// <summary>A point's hover line: name, family, activation.</summary>
    public static string Describe(PopulationNetwork network, bool gold) =>
        $"{(gold ? "★ " : "")}<b>{network.Name}</b> (#{network.Id.ToString(CultureInfo.InvariantCulture)})<br>{network.Group} · {network.Activation}";

    private static bool IsDrawable(double value, bool log) => !double.IsNaN(value) && (!log || value > 0);

    private static double Jitter(int id)
    {
        var unit = new SplitMix64((ulong)id).NextDouble();
        return (unit * 2 - 1) * JitterWidth;
    }
}
