namespace Netpicking.Web.Components.Layout;

/// <summary>The analysis pages in the order of the left navigation (docs/interface.md#frame), with their routes.</summary>
public static class AnalysisPages
{
    public static IReadOnlyList<(string Route, string Title)> All { get; } =
    [
        ("analyses/scores", "Scores"),
        ("analyses/costs", "Costs"),
        ("analyses/epochs", "Epochs"),
        ("images", "Test images"),
        ("analyses/best", "Best & baseline"),
        ("analyses/ensembles", "Ensembles"),
        ("analyses/rankings", "Rankings"),
        ("analyses/explorer", "Explorer"),
        ("analyses/pareto", "Pareto"),
        ("analyses/prediction-sets", "Prediction sets"),
        ("analyses/cascades", "Cascades"),
        ("analyses/agreement", "Agreement"),
    ];
}
