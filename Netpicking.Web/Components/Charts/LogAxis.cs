using Plotly.Blazor.LayoutLib;

namespace Netpicking.Web.Components.Charts;

/// <summary>
/// Readable ticks on a log cost axis: over less than three decades Plotly labels every digit (7k 8k 9k 10k 20k…), which
/// crowds the axis; 1-2-5 steps (10k, 20k, 50k) read better there. Wider ranges keep Plotly's own choice.
/// </summary>
public static class LogAxis
{
    public static void Tidy(XAxis axis, IEnumerable<double> values)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToArray();
        if (positive.Length > 0 && positive.Max() / positive.Min() < 1000)
        {
            axis.DTick = "D2";
        }
    }
}
