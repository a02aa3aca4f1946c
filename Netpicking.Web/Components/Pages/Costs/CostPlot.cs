using Netpicking.Web.Components.Charts;

namespace Netpicking.Web.Components.Pages.Costs;

/// <summary>One cost's box plot on the Costs page, with its text alternative and caption.</summary>
public sealed record CostPlot(string Key, ChartFigure Figure, string Alt, string Caption);
