using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Plotly.Blazor.Traces.ScatterLib.MarkerLib;

namespace Netpicking.Web.Components.Pages.Pick;

/// <summary>
/// The pick on its Pareto front: the objective against the front's cost (the binding one), every network with an
/// objective as a point (grey when another constraint rules it out, in its family's colour otherwise), the front as a
/// step line, the limit on that cost as a dashed line, and the answer as a gold star. Click a point for its network.
/// </summary>
public static class PickFrontFigure
{
    public static ChartFigure Build(PickResult result, AnalysisContext context)
    {
        var snapshot = context.Snapshot;
        var cost = result.FrontCost;
        var objective = result.Objective;
        var values = result.Values;
        var log = cost != CostKind.Ops;
        bool Drawable(int i) => !double.IsNaN(values[i]) && snapshot.Cost(i, cost) is var x && !double.IsNaN(x) && (!log || x > 0);

        var candidates = result.FrontCandidates.Where(Drawable).ToArray();
        var inFront = candidates.ToHashSet();
        var others = Enumerable.Range(0, snapshot.NetworkCount).Where(i => Drawable(i) && !inFront.Contains(i)).ToArray();
        var front = result.Front.Select(c => c.Index).Where(Drawable).ToArray();
        var format = objective.IsFraction ? ".2%" : ".4f";
        var hover = $"%{{text}}<br>{Escape(objective.Title)} %{{y:{format}}}<br>{PickConstraint.CostName(cost)} %{{x:,}}<extra></extra>";
        var data = new List<ITrace>();
        var links = new List<int[]>();

        void Add(string name, int[] members, Marker marker, ModeFlag mode = ModeFlag.Markers, Plotly.Blazor.Traces.ScatterLib.Line? line = null)
        {
            if (members.Length == 0)
            {
                return;
            }

            data.Add(new Scatter
            {
                Name = name,
                Mode = mode,
                X = members.Select(i => (object)snapshot.Cost(i, cost)).ToList(),
                Y = members.Select(i => (object)values[i]).ToList(),
                TextArray = members.Select(i => JitteredBoxFigure.Describe(snapshot.Networks[i], gold: false)).ToList(),
                HoverTemplate = hover,
                Marker = marker,
                Line = line,
            });
            links.Add(members);
        }

        Add("ruled out by another constraint", others, new Marker { Color = "#c9ceda", Size = 5 });
        Add("meet the other constraints", candidates, new Marker
        {
            ColorArray = candidates.Select(i => (object)FamilyPalette.Of(snapshot.Networks[i].Group)).ToList(),
            Size = 7,
            Opacity = 0.85m,
        });
        Add("Pareto front", front, new Marker { Color = "#1d2330", Size = 5 }, ModeFlag.Lines | ModeFlag.Markers,
            new Plotly.Blazor.Traces.ScatterLib.Line { Color = "#1d2330", Shape = Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum.Hv, Width = 1.5m });
        if (result.Recommended is { } answer && Drawable(answer.Index))
        {
            Add("the pick", [answer.Index], new Marker
            {
                Symbol = SymbolEnum.Star,
                Size = 18,
                Color = FamilyPalette.Gold,
                Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = FamilyPalette.GoldOutline, Width = 1 },
            });
        }

        var title = $"{Capital(objective.Title)} against {PickConstraint.CostName(cost)}: the front among the networks that meet the other constraints";
        var layout = ChartLayouts.Base(title, AxisTitle(cost), Capital(objective.Title), logX: log);
        layout.YAxis[0].TickFormat = objective.IsFraction ? ".1%" : null;
        var limits = result.Effects.Where(e => e.Constraint.Cost == cost).Select(e => e.Limit).ToArray();
        if (limits.Length > 0 && (!log || limits.Min() > 0))
        {
            var limit = limits.Min();
            layout.Shapes =
            [
                new Shape
                {
                    Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line, XRef = "x", YRef = "paper",
                    X0 = limit, X1 = limit, Y0 = 0, Y1 = 1,
                    Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Color = "#c62828", Dash = "dash", Width = 1.5m },
                },
            ];
        }

        return new ChartFigure(data, layout, 460, (trace, point) =>
            trace < links.Count && point < links[trace].Length ? context.NetworkLink(links[trace][point]) : null);
    }

    private static string AxisTitle(CostKind cost) => cost switch
    {
        CostKind.Memory => "Memory (float32 elements, log)",
        CostKind.TrainingTime => "Training time to this epoch (s, log)",
        CostKind.Params => "Parameters (log)",
        _ => "Ops",
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string Escape(string text) => text.Replace("%", "%%", StringComparison.Ordinal);
}
