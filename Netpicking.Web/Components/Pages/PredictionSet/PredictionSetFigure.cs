using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Charts;
using Netpicking.Web.Components.Shared;
using Netpicking.Web.Text;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Netpicking.Web.Components.Pages.PredictionSet;

/// <summary>Mean set size against accuracy, one point per network, one trace per family.</summary>
public static class PredictionSetFigure
{
    public static ChartFigure Build(PredictionSetsResult result, AnalysisContext context)
    {
        var snapshot = context.Snapshot;
        var stats = result.Networks.Where(s => !double.IsNaN(s.MeanSetSize) && !double.IsNaN(s.Accuracy)).ToArray();
        var data = new List<ITrace>();
        var links = new List<PredictionSetStats[]>();
        foreach (var family in DisplayOrder.Families(stats.Select(s => s.Group)))
        {
            var members = stats.Where(s => s.Group == family).ToArray();
            data.Add(new Scatter
            {
                Name = family,
                Mode = ModeFlag.Markers,
                X = members.Select(s => (object)s.MeanSetSize).ToList(),
                Y = members.Select(s => (object)s.Accuracy).ToList(),
                TextArray = members.Select(s => Describe(s, snapshot)).ToList(),
                HoverTemplate = "%{text}<br>Mean set size: %{x:.2f}<br>Accuracy: %{y:.2%}<extra></extra>",
                Marker = new Marker
                {
                    Color = FamilyPalette.Of(family),
                    Size = 8,
                    Opacity = 0.8m,
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = "#ffffff", Width = 0.5m },
                },
            });
            links.Add(members);
        }

        var layout = ChartLayouts.Base(
            "Mean prediction-set size against accuracy: small sets and high accuracy (top left) is best",
            $"Mean set size (classes) at α = {RequestValues.Number(result.Options.Alpha)} — smaller is surer",
            "Accuracy on the evaluation half");
        layout.YAxis[0].TickFormat = ".1%";
        layout.Legend[0].Y = -0.24m;
        layout.XAxis[0].RangeMode = Plotly.Blazor.LayoutLib.XAxisLib.RangeModeEnum.NonNegative;
        return new ChartFigure(data, layout, 460, (trace, point) =>
            trace < links.Count && point < links[trace].Length ? context.NetworkLink(links[trace][point].NetworkIndex) : null);
    }

    private static string Describe(PredictionSetStats stats, PopulationSnapshot snapshot)
    {
        var network = snapshot.Networks[stats.NetworkIndex];
        return $"<b>{network.Name}</b> (#{network.Id.ToString(CultureInfo.InvariantCulture)})<br>{network.Group} · {network.Activation}"
            + $"<br>Coverage: {Format.Percent(stats.Coverage)} · weighted score {Format.Number(stats.WeightedScore)}";
    }
}
