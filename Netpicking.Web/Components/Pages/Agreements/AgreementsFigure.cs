using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Web.Components.Charts;
using Netpicking.Web.Components.Shared;
using Netpicking.Web.Text;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Netpicking.Web.Components.Pages.Agreements;

/// <summary>
/// The family × family agreement heat map with the value in every cell. Sequential: light to dark blue from the lowest
/// to the highest value. Diverging: orange below and blue above the mean agreement between different families, so pairs that
/// agree more or less than usual stand out (not red and green: those mean wrong and right on every page).
/// </summary>
public static class AgreementsFigure
{
    private static readonly object[] Sequential = [new object[] { 0, "#f2f7fc" }, new object[] { 0.5, "#7fb2d9" }, new object[] { 1, "#0b3d7a" }];

    private static readonly object[] Diverging =
        [new object[] { 0, "#b35806" }, new object[] { 0.25, "#f1a340" }, new object[] { 0.5, "#f7f7f7" }, new object[] { 0.75, "#8fbfdc" }, new object[] { 1, "#2166ac" }];

    public static ChartFigure Build(AgreementMatrix matrix, bool diverging)
    {
        var n = matrix.Families.Count;
        var labels = matrix.Families.Select((f, i) => (object)$"{f} ({matrix.NetworkCounts[i].ToString(CultureInfo.InvariantCulture)})").ToList();
        var finite = matrix.Values.SelectMany(row => row).Where(double.IsFinite).ToArray();
        var z = matrix.Values.Select(row => (object)row.Select(v => double.IsFinite(v) ? (object)v : null).ToList()).ToList();
        var text = matrix.Values.Select(row => (object)row.Select(v => (object)(double.IsFinite(v) ? Format.Percent(v, 1) : "")).ToList()).ToList();
        var hover = new List<object>();
        for (var r = 0; r < n; r++)
        {
            var row = new List<object>();
            for (var c = 0; c < n; c++)
            {
                var v = matrix.Values[r][c];
                row.Add(!double.IsFinite(v)
                    ? $"{matrix.Families[r]}: a single network, no pair to compare"
                    : r == c
                        ? $"<b>{matrix.Families[r]}</b> among themselves<br>{Format.Percent(v, 2)} of answers agree<br>{Pairs(matrix.NetworkCounts[r], matrix.NetworkCounts[r], same: true)}"
                        : $"<b>{matrix.Families[r]}</b> with <b>{matrix.Families[c]}</b><br>{Format.Percent(v, 2)} of answers agree<br>{Pairs(matrix.NetworkCounts[r], matrix.NetworkCounts[c], same: false)}");
            }

            hover.Add(row);
        }

        var heat = new HeatMap
        {
            X = labels,
            Y = labels,
            Z = z,
            Text = text,
            TextTemplate = "%{text}",
            CustomData = hover,
            HoverTemplate = "%{customdata}<extra></extra>",
            ColorScale = diverging ? Diverging : Sequential,
            XGap = 2,
            YGap = 2,
            ColorBar = new Plotly.Blazor.Traces.HeatMapLib.ColorBar { TickFormat = ".0%", Thickness = 12 },
        };

        if (finite.Length > 0)
        {
            if (diverging)
            {
                var offDiagonal = Enumerable.Range(0, n).SelectMany(r => Enumerable.Range(0, n).Where(c => c != r).Select(c => matrix.Values[r][c]))
                    .Where(double.IsFinite).ToArray();
                var mid = offDiagonal.Length > 0 ? offDiagonal.Average() : finite.Average();
                var reach = Math.Max(Math.Max(finite.Max() - mid, mid - finite.Min()), 1e-4);
                heat.ZMin = (decimal)(mid - reach);
                heat.ZMax = (decimal)(mid + reach);
            }
            else
            {
                heat.ZMin = (decimal)finite.Min();
                heat.ZMax = (decimal)Math.Max(finite.Max(), finite.Min() + 1e-4);
            }
        }

        var layout = ChartLayouts.Base(
            "How often two networks of these families give the same answer",
            "",
            "");
        layout.ShowLegend = false;
        layout.XAxis[0].ShowGrid = false;
        layout.XAxis[0].Side = Plotly.Blazor.LayoutLib.XAxisLib.SideEnum.Bottom;
        layout.XAxis[0].TickAngle = n > 5 ? -30 : 0;
        layout.YAxis[0].ShowGrid = false;
        layout.YAxis[0].AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed;
        return new ChartFigure([heat], layout, Math.Clamp(140 + (46 * n), 300, 620));
    }

    private static string Pairs(int first, int second, bool same)
    {
        var pairs = same ? (long)first * (first - 1) / 2 : (long)first * second;
        return $"{Format.Count(pairs)} network pairs × every test image";
    }
}
