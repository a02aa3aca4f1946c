namespace Netpicking.Web.Analyses;

/// <summary>
/// A dashboard page that shows analyses: its route (without the leading slash), its name in the navigation and on its
/// Overview card, its title, the question it answers (the page's lede) and a shorter one for its card, and the section
/// of /definitions its numbers are defined in. <paramref name="Listed"/>: in the navigation's Analyses section and on
/// the Overview's cards (the Pick page has its own place at the top of the navigation).
/// </summary>
public sealed record AnalysisPage(string Route, string Name, string Title, string Question, string Card, string Definition, bool Listed = true);
