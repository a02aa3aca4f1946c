using Netpicking.Core.Storage;
using Netpicking.Web.Components.Charts;
using Netpicking.Web.Components.Shared;
using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Netpicking.Web.Components.Pages.Training;

/// <summary>
/// A campaign's population filling in: each finished network's accuracy against its parameter count, one trace per family
/// (docs/interface.md#colour-and-marks), drawn again as networks finish. A click opens the network's page.
/// </summary>
public static class TrainingFigure
{
    public static ChartFigure Build(string zoo, IReadOnlyList<CampaignTrainingRow> trainings, IReadOnlyDictionary<int, CampaignNetworkResult> results)
    {
        var finished = trainings
            .Where(t => results.TryGetValue(t.TrainingId, out var r) && r.Accuracy is { } a && !double.IsNaN(a) && r.Params > 0)
            .ToList();
        var data = new List<ITrace>();
        var links = new List<int[]>();
        foreach (var family in DisplayOrder.Families(finished.Select(t => t.Group)))
        {
            var members = finished.Where(t => t.Group == family).ToList();
            data.Add(new Scatter
            {
                Name = family,
                Mode = ModeFlag.Markers,
                X = members.Select(t => (object)results[t.TrainingId].Params).ToList(),
                Y = members.Select(t => (object)results[t.TrainingId].Accuracy!.Value).ToList(),
                TextArray = members.Select(t => t.NetworkName).ToList(),
                HoverTemplate = "%{text}<br>params: %{x:,}<br>accuracy: %{y:.2%}<extra></extra>",
                Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = FamilyPalette.Of(family), Size = 8 },
            });
            links.Add([.. members.Select(t => t.NetworkId)]);
        }

        var layout = ChartLayouts.Base(
            "How does each finished network score for its size?", "Params — log scale", "Accuracy at its last tested epoch", logX: true);
        var sizes = finished.Select(t => (double)results[t.TrainingId].Params).ToArray();
        if (sizes.Length > 0)
        {
            // Whole labels (1k, 10k) from the first point on; Plotly's own would label every digit of a narrow range.
            var ticks = LogTicks.Values(sizes.Min(), sizes.Max());
            var x = layout.XAxis[0];
            x.TickMode = Plotly.Blazor.LayoutLib.XAxisLib.TickModeEnum.Array;
            x.TickVals = ticks.Select(v => (object)v).ToList();
            x.TickText = ticks.Select(v => (object)LogTicks.Count(v)).ToList();
        }

        layout.YAxis[0].TickFormat = ".0%";
        layout.YAxis[0].Range = [0, 1];
        return new ChartFigure(data, layout, 360, (trace, point) =>
            trace < links.Count && point < links[trace].Length ? NetworkLinks.For(zoo, links[trace][point]) : null);
    }

    /// <summary>The chart's text alternative: how many networks it shows and the best of them.</summary>
    public static string Describe(IReadOnlyList<CampaignTrainingRow> trainings, IReadOnlyDictionary<int, CampaignNetworkResult> results)
    {
        var scored = trainings.Where(t => results.TryGetValue(t.TrainingId, out var r) && r.Accuracy is not null).ToList();
        return scored.MaxBy(t => results[t.TrainingId].Accuracy) is { } best
            ? $"{scored.Count} finished network{(scored.Count == 1 ? "" : "s")}; the best so far is {best.NetworkName} at {Format.Percent(results[best.TrainingId].Accuracy!.Value)}."
            : "No network of this campaign has finished yet.";
    }
}
