using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Core.Storage;
using Netpicking.Web.Components.Charts;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Netpicking.Web.Components.Pages.Compare;

/// <summary>
/// The Compare page's charts. Each compared network keeps one colour on the whole page (its place in the list, not its
/// family: two networks of one family must still look different).
/// </summary>
public static class CompareFigures
{
    public static readonly IReadOnlyList<string> Colours = ["#2454a6", "#e69f00", "#009e73", "#cc79a7"];

    public static string ColourOf(int member) => Colours[member % Colours.Count];

    /// <summary>Accuracy per tested epoch (solid) and the training loss per epoch (dotted, right axis).</summary>
    public static ChartFigure Curves(PopulationSnapshot snapshot, IReadOnlyList<int> members, IReadOnlyList<IReadOnlyList<StoredEpoch>> epochs)
    {
        var data = new List<ITrace>();
        for (var m = 0; m < members.Count; m++)
        {
            var network = snapshot.Networks[members[m]];
            data.Add(new Scatter
            {
                Name = network.Name,
                LegendGroup = network.Name,
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = network.Epochs.Select(e => (object)e.Epoch).ToList(),
                Y = network.Epochs.Select(e => (object)e.Accuracy).ToList(),
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = ColourOf(m), Width = 2 },
                HoverTemplate = $"{network.Name}<br>epoch %{{x}}: %{{y:.2%}}<extra></extra>",
            });
            if (m < epochs.Count && epochs[m].Count > 0)
            {
                data.Add(new Scatter
                {
                    Name = $"{network.Name}: training loss",
                    LegendGroup = network.Name,
                    ShowLegend = false,
                    Mode = ModeFlag.Lines,
                    X = epochs[m].Select(e => (object)e.Epoch).ToList(),
                    Y = epochs[m].Select(e => (object)e.TrainLoss).ToList(),
                    YAxis = "y2",
                    Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = ColourOf(m), Dash = "dot", Width = 1.5m },
                    HoverTemplate = $"{network.Name}<br>epoch %{{x}}: training loss %{{y:.4f}}<extra></extra>",
                });
            }
        }

        var layout = ChartLayouts.Base("Accuracy (solid), training loss (dotted)", "Epoch", "Test accuracy");
        layout.XAxis[0].DTick = 1;
        layout.YAxis[0].TickFormat = ".0%";
        layout.YAxis.Add(new Plotly.Blazor.LayoutLib.YAxis
        {
            Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "Training loss (dotted)" },
            Overlaying = "y",
            Side = Plotly.Blazor.LayoutLib.YAxisLib.SideEnum.Right,
            ShowGrid = false,
            ZeroLine = false,
        });
        layout.Margin!.R = 64;
        return new ChartFigure(data, layout, 360);
    }

    /// <summary>Recall of each class at the scope's epoch, one bar per network.</summary>
    public static ChartFigure ClassRecall(PopulationSnapshot snapshot, IReadOnlyList<int> members, IReadOnlyList<string> classNames)
    {
        var classes = Enumerable.Range(0, PopulationSnapshot.ClassCount).Select(c => (object)classNames[c]).ToList();
        var data = new List<ITrace>();
        for (var m = 0; m < members.Count; m++)
        {
            var network = snapshot.Networks[members[m]];
            var recall = network.At(snapshot.Scope.Epoch)!.ClassRecall;
            data.Add(new Bar
            {
                Name = network.Name,
                X = classes,
                Y = recall.Select(v => (object)v).ToList(),
                Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = ColourOf(m) },
                HoverTemplate = $"{network.Name}<br>class %{{x}}: %{{y:.2%}}<extra></extra>",
            });
        }

        var layout = ChartLayouts.Base($"Recall of each class at epoch {snapshot.Scope.Epoch.ToString(CultureInfo.InvariantCulture)}", "True class", "Recall");
        layout.XAxis[0].Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Category;
        layout.YAxis[0].TickFormat = ".0%";
        var low = members.SelectMany(i => snapshot.Networks[i].At(snapshot.Scope.Epoch)!.ClassRecall).DefaultIfEmpty(0).Min();
        // Recalls of trained networks crowd near the top; start the axis below the lowest bar so differences show.
        layout.YAxis[0].Range = [Math.Max(0, Math.Floor((low - 0.05) * 20) / 20), 1.0];
        layout.BarMode = Plotly.Blazor.LayoutLib.BarModeEnum.Group;
        return new ChartFigure(data, layout, 340);
    }
}
