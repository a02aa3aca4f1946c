using Netpicking.Core.Analysis;

namespace Netpicking.Core.Export;

/// <summary>
/// Which rows an export keeps: one tested epoch (null: every tested epoch) and exact group, form and activation
/// names (null or empty: any), compared ordinally like the Zoo page's filters so a filtered view exports what it shows.
/// </summary>
public sealed record ExportFilter(int? Epoch = null, string? Group = null, string? Form = null, string? Activation = null)
{
    public static ExportFilter All { get; } = new();

    public bool Matches(PopulationNetwork network) =>
        (string.IsNullOrEmpty(Group) || network.Group == Group) &&
        (string.IsNullOrEmpty(Form) || network.Form == Form) &&
        (string.IsNullOrEmpty(Activation) || network.Activation == Activation);

    public bool Includes(int epoch) => Epoch is null || Epoch == epoch;
}
