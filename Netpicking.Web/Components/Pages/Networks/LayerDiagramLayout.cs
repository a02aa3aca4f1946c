using System.Globalization;
using Netpicking.Core.Zoo;

namespace Netpicking.Web.Components.Pages.Networks;

/// <summary>
/// Places a network's layers left to right (docs/interface.md#network-page): boxes for compute layers with their output shape,
/// small circles for activations, tags for reshapes, BasicBlocks as boxes with a residual bracket. Long networks wrap
/// onto further rows so the diagram never needs horizontal scrolling.
/// </summary>
public static class LayerDiagramLayout
{
    public const double RowHeight = 96;
    public const double BoxHeight = 46;
    public const double Gap = 26;
    private const double CircleWidth = 22;

    public static (IReadOnlyList<DiagramNode> Nodes, double Width, double Height) Place(
        NetworkSpec spec, IReadOnlyList<LayerMetrics> layers, double maxWidth = 1300)
    {
        var marks = new List<(DiagramNodeKind Kind, double Width, string Label, string Detail, string Tooltip)>
        {
            (DiagramNodeKind.Input, 78, "input", "1 × 28 × 28", "A 28×28 grey image, normalised"),
        };
        foreach (var layer in layers)
        {
            var spec0 = spec.Layers[layer.Index];
            var shape = layer.Out.ToString();
            var tooltip = $"{layer.Op}: {layer.In} → {layer.Out}, {layer.Params.ToString("N0", CultureInfo.InvariantCulture)} params";
            marks.Add(spec0 switch
            {
                LinearSpec l => (DiagramNodeKind.Compute, Fit(shape), "Linear", $"→ {l.OutFeatures}", tooltip),
                ConvSpec c => (DiagramNodeKind.Compute, Fit(shape), $"Conv{c.Dimensions}d {string.Join("×", c.KernelSize)}", shape, tooltip),
                BasicBlockSpec b => (DiagramNodeKind.Block, Fit(shape), $"BasicBlock {b.Channels}", shape, tooltip),
                ActivationSpec a => (DiagramNodeKind.Activation, CircleWidth, Abbreviation(a.Kind), "", $"{a.Kind} activation"),
                ViewSpec or FlattenSpec => (DiagramNodeKind.Reshape, Fit(shape, 64), "reshape", shape, tooltip),
                LogSoftmaxSpec => (DiagramNodeKind.Output, 96, "log-softmax", "10 classes", tooltip),
                _ => (DiagramNodeKind.Compute, Fit(shape), layer.Op, shape, tooltip),
            });
        }

        var nodes = new List<DiagramNode>();
        double x = 0, y = 0, widest = 0;
        foreach (var (kind, width, label, detail, tooltip) in marks)
        {
            if (x > 0 && x + width > maxWidth)
            {
                x = 0;
                y += RowHeight;
            }

            nodes.Add(new DiagramNode(kind, x, y, width, label, detail, tooltip));
            x += width + Gap;
            widest = Math.Max(widest, x - Gap);
        }

        return (nodes, widest, y + RowHeight - 20);
    }

    private static double Fit(string text, double minimum = 100) => Math.Max(minimum, 7.2 * text.Length + 20);

    private static string Abbreviation(ActivationKind kind) => kind switch
    {
        ActivationKind.ReLU => "R",
        ActivationKind.SELU => "S",
        ActivationKind.Sigmoid => "σ",
        ActivationKind.Tanh => "t",
        _ => kind.ToString()[..1],
    };
}
