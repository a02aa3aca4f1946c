namespace Netpicking.Core.Zoo;

/// <summary>Computes the static costs of docs/metrics.md#static-costs from a spec; nothing here is ever hand-entered.</summary>
public static class StaticMetricsCalculator
{
    public static StaticMetrics Compute(NetworkSpec network) => Sum(ComputeLayers(network));

    public static StaticMetrics Sum(IReadOnlyList<LayerMetrics> layers) => new(
        Params: layers.Sum(l => l.Params),
        MemoryElements: ShapeInferenceResult.RawInput.Elements + layers.Sum(l => l.MemoryElements),
        Ops: layers.Sum(l => (long)l.Ops),
        Layers: layers.Sum(l => l.LeafModules),
        Depth: layers.Count(l => l.Op is "Linear" or "Conv1d" or "Conv2d" or "Conv3d" or "BasicBlock"));

    /// <summary>One row per layer, in order; throws <see cref="ZooSpecException"/> for a spec that does not build.</summary>
    public static IReadOnlyList<LayerMetrics> ComputeLayers(NetworkSpec network) =>
        ShapeInference.Infer(network).Layers.Select(Of).ToList();

    private static LayerMetrics Of(LayerShapes shapes)
    {
        var output = shapes.Out.Elements;
        var (parameters, memory, ops, leaves) = shapes.Layer switch
        {
            // The first reshape counts even when it changes nothing: PyTorch 1.3 still allocated a view node.
            ViewSpec => (0L, output, 1, 0),
            FlattenSpec => (0L, 0L, 0, 0),
            LinearSpec l => ((long)l.InFeatures * l.OutFeatures + (l.Bias ? l.OutFeatures : 0), output, 2, 1),
            ConvSpec c => (
                (long)c.OutChannels * c.InChannels * c.KernelSize.Aggregate(1L, (p, k) => p * k) + (c.Bias ? c.OutChannels : 0),
                output,
                // PyTorch 1.3 recorded four autograd nodes for a Conv1d and one for Conv2d/Conv3d.
                c.Dimensions == 1 ? 4 : 1,
                1),
            // Two bias-free 3×3 convs (9·C² each) and two batch norms (γ and β, 2·C each); two conv and two
            // batch norm outputs are held, the ReLUs and the add work in place.
            BasicBlockSpec b => (18L * b.Channels * b.Channels + 4L * b.Channels, 4 * output, 7, 5),
            ActivationSpec => (0L, output, 1, 1),
            LogSoftmaxSpec => (0L, output, 1, 1),
            _ => throw new ZooSpecException($"layer {shapes.Index} ({shapes.Layer.Op}): no metrics known", shapes.Index),
        };
        return new LayerMetrics(shapes.Index, shapes.Layer.Op, shapes.In, shapes.Out, parameters, output, memory, ops, leaves);
    }
}
