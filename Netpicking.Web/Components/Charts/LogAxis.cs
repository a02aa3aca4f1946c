using Plotly.Blazor.LayoutLib;

namespace Netpicking.Web.Components.Charts;

/// <summary>
/// Readable ticks on a log cost axis. Between one and three decades Plotly labels every digit (7k 8k 9k 10k 20k…),
/// which crowds the axis, so 1-2-5 steps are used there (10k, 20k, 50k); within one decade every digit is wanted (30k,
/// 40k, … 100k), and wider ranges keep Plotly's own choice.
/// </summary>
public static class LogAxis
{
    public static void Tidy(XAxis axis, IEnumerable<double> values)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToArray();
        if (positive.Length == 0)
        {
            return;
        }

        var span = positive.Max() / positive.Min();
        axis.DTick = span < 10 ? "D1" : span < 1000 ? "D2" : null;
    }
}
