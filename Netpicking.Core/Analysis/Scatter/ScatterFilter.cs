namespace Netpicking.Core.Analysis;

/// <summary>
/// What the overview scatter keeps: a null set keeps everything, a range bound of null is open. Ranges are
/// inclusive.
/// </summary>
public sealed record ScatterFilter(
    IReadOnlySet<string>? Families = null,
    IReadOnlySet<string>? Forms = null,
    IReadOnlySet<string>? Activations = null,
    IReadOnlySet<int>? Epochs = null,
    double? XMin = null,
    double? XMax = null,
    double? YMin = null,
    double? YMax = null)
{
    public static ScatterFilter None { get; } = new();

    public bool Keeps(PopulationNetwork network, int epoch, double x, double y) =>
        (Families is null || Families.Contains(network.Group))
        && (Forms is null || Forms.Contains(network.Form))
        && (Activations is null || Activations.Contains(network.Activation))
        && (Epochs is null || Epochs.Contains(epoch))
        && (XMin is null || x >= XMin) && (XMax is null || x <= XMax)
        && (YMin is null || y >= YMin) && (YMax is null || y <= YMax);
}
